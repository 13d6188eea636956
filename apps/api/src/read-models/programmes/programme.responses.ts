import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CATEGORIES, ENROLMENT_REASONS, PROGRAMME_TRACKS } from '@xinfang/petition';
import type { LedgerCounts, ProgrammeLedger, ProgrammeList, ProgrammeSummary } from './ledger.types.js';

// The OpenAPI shapes of ledger.types.ts, which the dashboard reads.

export class ProgrammeTargetsView {
  @ApiPropertyOptional() enrolled?: number;
  @ApiPropertyOptional() resolved?: number;
  @ApiPropertyOptional() signedOff?: number;
}

export class ProgrammeView implements ProgrammeSummary {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) periodFrom!: string;
  @ApiProperty({ format: 'date' }) periodTo!: string;
  @ApiProperty() criteria!: string;
  @ApiProperty({ type: ProgrammeTargetsView }) targets!: ProgrammeTargetsView;
  @ApiProperty() owner!: string;
  @ApiProperty({ format: 'date' }) openedOn!: string;
  @ApiProperty({ description: 'Enrolments so far' }) enrolled!: number;
}

export class ProgrammePage implements ProgrammeList {
  @ApiProperty({ type: [ProgrammeView], description: 'Newest opened first' }) items!: ProgrammeView[];
  @ApiProperty({ type: String, nullable: true, description: 'For the next page; null on the last' }) nextCursor!: string | null;
}

export class LedgerCountsView implements LedgerCounts {
  @ApiProperty({ description: '纳入: enrolled by the date' }) enrolled!: number;
  @ApiProperty({ description: '已开庭: a programme hearing concluded by the date' }) heard!: number;
  @ApiProperty({ description: '已化解: standing resolved that day (signed off included, rebounded since not)' }) resolved!: number;
  @ApiProperty({ description: '已销号' }) signedOff!: number;
  @ApiProperty({ description: '反弹: rebounded at least once by the date' }) rebounded!: number;
  @ApiProperty({ description: 'Plan tasks overdue that day (due before it, not done by it)' }) tasksOverdue!: number;
}

export class CategoryLedgerView extends LedgerCountsView {
  @ApiProperty({ enum: CATEGORIES }) category!: string;
}

export class LeaderLedgerView extends LedgerCountsView {
  @ApiProperty({ description: '包案领导' }) owningLeader!: string;
}

export class EnrolledCellView {
  @ApiProperty({ enum: CATEGORIES }) category!: string;
  @ApiProperty({ enum: ENROLMENT_REASONS }) reason!: string;
  @ApiProperty({ enum: PROGRAMME_TRACKS }) track!: string;
  @ApiProperty() count!: number;
}

export class ProgrammeLedgerView implements ProgrammeLedger {
  @ApiProperty({ type: ProgrammeView }) programme!: ProgrammeView;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: LedgerCountsView }) totals!: LedgerCountsView;
  @ApiProperty({ type: [CategoryLedgerView], description: 'The four categories, zeros included' }) byCategory!: CategoryLedgerView[];
  @ApiProperty({ type: [EnrolledCellView], description: 'Enrolled by category × reason × track, every cell' }) enrolled!: EnrolledCellView[];
  @ApiProperty({ type: [LeaderLedgerView], description: 'By owning leader (包案领导)' }) byOwningLeader!: LeaderLedgerView[];
}
