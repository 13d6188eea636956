import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { SUPERVISION_LEVELS } from '@xinfang/petition';
import type { LeaderCase, OverdueReport, OverdueReportLine, ProposalPage, SupervisionItem, SupervisionPage, SupervisionProposal } from './supervision-register.types.js';

// The OpenAPI shapes of supervision-register.types.ts.

export class SupervisionItemView implements SupervisionItem {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty() receiptNumber!: string;
  @ApiProperty() supervisionId!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ enum: SUPERVISION_LEVELS, description: 'The current level' }) level!: string;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ format: 'date', description: 'At the current level' }) answerBy!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) answeredOn!: string | null;
  @ApiProperty({ enum: ['open', 'overdue', 'answered'] }) state!: 'open' | 'overdue' | 'answered';
  @ApiProperty() escalated!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The owning leader (包案)' }) owner!: string | null;
}

export class SupervisionProposalView implements SupervisionProposal {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty() receiptNumber!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() clock!: string;
  @ApiProperty() seq!: number;
  @ApiProperty() unit!: string;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty() daysOverdue!: number;
  @ApiProperty({ type: String, nullable: true }) owner!: string | null;
}

export class SupervisionRegisterView implements SupervisionPage, ProposalPage {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({
    description: 'Supervisions (SupervisionItemView) or, with proposed=true, proposals (SupervisionProposalView)',
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(SupervisionItemView) }, { $ref: getSchemaPath(SupervisionProposalView) }] },
  })
  items!: (SupervisionItemView & SupervisionProposalView)[];
  @ApiPropertyOptional({ type: String, nullable: true }) nextCursor!: string | null;
}

export class LeaderCaseView implements LeaderCase {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty() receiptNumber!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() stage!: string;
  @ApiProperty() post!: string;
  @ApiProperty({ format: 'date' }) ownedFrom!: string;
}

export class LeaderCasesView {
  @ApiProperty({ type: [LeaderCaseView] }) items!: LeaderCaseView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' }) nextCursor!: string | null;
}

export class OverdueCountsView {
  @ApiProperty() cases30!: number;
  @ApiProperty() clocks30!: number;
  @ApiProperty() cases60!: number;
  @ApiProperty() clocks60!: number;
  @ApiProperty() supervisionsIssued!: number;
  @ApiProperty() supervisionsAnswered!: number;
  @ApiProperty() supervisionsEscalated!: number;
}

export class OverdueReportLineView extends OverdueCountsView implements OverdueReportLine {
  @ApiProperty() unit!: string;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
}

export class OverdueReportView implements OverdueReport {
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({ format: 'date', description: 'The day the report stands as of: the month’s last day, or today for the current month' }) monthEnd!: string;
  @ApiProperty({ type: [OverdueReportLineView] }) units!: OverdueReportLineView[];
  @ApiProperty({ type: OverdueCountsView }) totals!: OverdueCountsView;
}
