import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { BACKLOG_KINDS, CATEGORIES, CHANNELS, CLAIM_TYPES, CLOCK_KINDS, PETITION_STAGES } from '@xinfang/petition';
import type { PetitionPage } from './list-petitions.handler.js';
import {
  AGE_BUCKETS,
  type Backlog,
  type BacklogCell,
  type DeadlineItem,
  type DeadlinePage,
  type Measures,
  type PetitionListItem,
  type Ratio,
  type Stats,
} from './read-model.responses.js';

/*
 * The OpenAPI shapes of what GET /petitions, /deadlines, /backlog and /stats answer. Each class
 * implements the framework-free interface its handler returns, so the compiler keeps them in step;
 * the contract test (test/contract) checks real answers against the document.
 */

const CLOCK_STATES = ['open', 'due_soon', 'overdue', 'met', 'missed', 'used', 'lapsed', 'uncovered'] as const;

export class PetitionListItemView implements PetitionListItem {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty() receiptNumber!: string;
  @ApiProperty({ enum: PETITION_STAGES }) stage!: string;
  @ApiProperty() isOpen!: boolean;
  @ApiProperty({ enum: CATEGORIES }) category!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty() responsibleUnit!: string;
  @ApiProperty({ type: String, nullable: true }) handlingUnit!: string | null;
  @ApiProperty({ enum: BACKLOG_KINDS, isArray: true }) backlogKinds!: string[];
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
  @ApiProperty() subject!: string;
  @ApiProperty({ description: 'The petitioners’ names, joined' }) petitionerNames!: string;
  @ApiProperty() concludedMatter!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) closureOutcome!: string | null;
  @ApiProperty({ type: String, nullable: true }) opinionOutcome!: string | null;
  @ApiProperty({ type: String, nullable: true }) rating!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) ratedOn!: string | null;
  @ApiProperty({ type: [String], description: 'Earlier cases of the same person and matter' }) relatedCaseIds!: string[];
}

export class PetitionPageView implements PetitionPage {
  @ApiProperty({ type: [PetitionListItemView] }) items!: PetitionListItemView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' }) nextCursor!: string | null;
}

export class DeadlineItemView implements DeadlineItem {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty() receiptNumber!: string;
  @ApiProperty({ enum: CLOCK_KINDS }) clock!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: CLOCK_STATES }) state!: string;
  @ApiProperty({ format: 'date' }) startedOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Null while the calendar does not cover the years the clock runs into' }) deadline!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The first year the calendar does not cover, when that blocks the deadline' }) uncovered!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) stoppedOn!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Calendar days left to the deadline (negative when an open duty is overdue); null once stopped, for a right’s lapsed window, or uncovered' }) daysLeft!: number | null;
  @ApiProperty({ enum: CATEGORIES }) category!: string;
  @ApiProperty({ description: 'The unit that holds a unit’s clock; for the bureau’s and the petitioner’s, the case’s unit' }) unit!: string;
  @ApiProperty({ enum: ['bureau', 'unit', 'petitioner'], description: 'Whose clock it is (DOMAIN.md "Whose clock is it")' }) holder!: string;
  @ApiProperty({ enum: ['duty', 'right'], description: 'A duty is met, missed or overdue; a right’s window is used or lapses' }) nature!: string;
}

export class DeadlinePageView implements DeadlinePage {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: [DeadlineItemView] }) items!: DeadlineItemView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class OpenOverdueView {
  @ApiProperty() open!: number;
  @ApiProperty() overdue!: number;
}

export class BacklogCellView implements BacklogCell {
  @ApiProperty({ enum: CATEGORIES }) category!: string;
  @ApiProperty({ enum: [...CLAIM_TYPES, 'unclassified'] }) claimType!: string;
  @ApiProperty({ enum: PETITION_STAGES }) stage!: string;
  @ApiProperty({ description: 'One of the backlog kinds, or none for a case that is not a backlog case' }) backlogKind!: string;
  @ApiProperty({ enum: AGE_BUCKETS, description: 'Days since receipt' }) ageBucket!: (typeof AGE_BUCKETS)[number];
  @ApiProperty() open!: number;
  @ApiProperty() overdue!: number;
}

const BY_KEY = { type: 'object', additionalProperties: { $ref: getSchemaPath(OpenOverdueView) } } as const;

export class BacklogTotalsView {
  @ApiProperty() open!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty({ ...BY_KEY, description: 'By category' }) byCategory!: Record<string, OpenOverdueView>;
  @ApiProperty({ ...BY_KEY, description: 'By claim type (unclassified before the acceptance decision)' }) byClaimType!: Record<string, OpenOverdueView>;
}

export class BacklogView implements Backlog {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: BacklogTotalsView }) totals!: BacklogTotalsView;
  @ApiProperty({ type: [BacklogCellView] }) cells!: BacklogCellView[];
}

export class RatioView implements Ratio {
  @ApiProperty() numerator!: number;
  @ApiProperty() denominator!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'numerator / denominator; null when there is nothing to divide' }) rate!: number | null;
}

export class MeasuresView implements Measures {
  @ApiProperty({ type: RatioView, description: 'Accepted or not within the statutory 15 days' }) timelyAcceptance!: RatioView;
  @ApiProperty({ type: RatioView }) onTimeHandling!: RatioView;
  @ApiProperty({ type: RatioView }) satisfaction!: RatioView;
  @ApiProperty({ type: RatioView }) ratingParticipation!: RatioView;
  @ApiProperty({ type: RatioView }) repeatRate!: RatioView;
  @ApiProperty({ type: RatioView }) mediationSuccess!: RatioView;
  @ApiProperty({ type: RatioView }) resolutionRate!: RatioView;
  @ApiProperty({ type: RatioView, description: 'Supervisions answered by their answer-by date, of those due (督办按期反馈率)' }) supervisionAnswer!: RatioView;
}

export class CategoryMeasuresView extends MeasuresView {
  @ApiProperty({ enum: CATEGORIES }) category!: string;
}

export class UnitMeasuresView extends MeasuresView {
  @ApiProperty() unit!: string;
}

export class ClaimTypeMeasuresView extends MeasuresView {
  @ApiProperty({ enum: [...CLAIM_TYPES, 'unclassified'] }) claimType!: string;
}

export class StatsView implements Stats {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: MeasuresView }) overall!: MeasuresView;
  @ApiProperty({ type: [CategoryMeasuresView] }) byCategory!: CategoryMeasuresView[];
  @ApiProperty({ type: [UnitMeasuresView] }) byUnit!: UnitMeasuresView[];
  @ApiProperty({ type: [ClaimTypeMeasuresView] }) byClaimType!: ClaimTypeMeasuresView[];
}
