import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One statutory clock of one case: read_model.clocks, written by the case projection only. */
@Entity({ schema: 'read_model', name: 'clocks' })
export class ClockRowEntity {
  @PrimaryColumn({ name: 'petition_id', type: 'uuid' }) petitionId!: string;
  @PrimaryColumn({ type: 'text' }) kind!: string;
  @PrimaryColumn({ type: 'integer' }) seq!: number;
  @Column({ name: 'started_on', type: 'date' }) startedOn!: string;
  @Column({ type: 'date', nullable: true }) deadline!: string | null;
  @Column({ type: 'date', nullable: true }) uncovered!: string | null;
  @Column({ name: 'stopped_on', type: 'date', nullable: true }) stoppedOn!: string | null;
  @Column({ name: 'extension_days', type: 'integer', nullable: true }) extensionDays!: number | null;
  @Column({ name: 'resolve_by', type: 'date', nullable: true }) resolveBy!: string | null;
  @Column({ name: 'pause_days', type: 'integer', nullable: true }) pauseDays!: number | null;
  @Column({ type: 'text' }) category!: string;
  @Column({ type: 'text' }) unit!: string;
}
