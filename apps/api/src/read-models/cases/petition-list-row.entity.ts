import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A case in the list and the backlog: read_model.petitions, written by the case projection only. */
@Entity({ schema: 'read_model', name: 'petitions' })
export class PetitionListRow {
  @PrimaryColumn({ name: 'petition_id', type: 'uuid' }) petitionId!: string;
  @Column({ name: 'receipt_number', type: 'text' }) receiptNumber!: string;
  @Column({ type: 'text' }) stage!: string;
  @Column({ name: 'is_open', type: 'boolean' }) isOpen!: boolean;
  @Column({ type: 'text' }) category!: string;
  @Column({ type: 'text' }) channel!: string;
  @Column({ name: 'responsible_unit', type: 'text' }) responsibleUnit!: string;
  @Column({ name: 'handling_unit', type: 'text', nullable: true }) handlingUnit!: string | null;
  @Column({ name: 'backlog_kinds', type: 'text', array: true }) backlogKinds!: string[];
  @Column({ name: 'received_on', type: 'date' }) receivedOn!: string;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) subject!: string;
  @Column({ name: 'petitioner_names', type: 'text' }) petitionerNames!: string;
  @Column({ name: 'search_text', type: 'text', select: false }) searchText!: string;
  @Column({ name: 'concluded_matter', type: 'boolean' }) concludedMatter!: boolean;
  @Column({ name: 'closed_on', type: 'date', nullable: true }) closedOn!: string | null;
  @Column({ name: 'closure_outcome', type: 'text', nullable: true }) closureOutcome!: string | null;
  @Column({ name: 'opinion_outcome', type: 'text', nullable: true }) opinionOutcome!: string | null;
  @Column({ type: 'text', nullable: true }) rating!: string | null;
  @Column({ name: 'rated_on', type: 'date', nullable: true }) ratedOn!: string | null;
  @Column({ name: 'related_case_ids', type: 'uuid', array: true }) relatedCaseIds!: string[];
}
