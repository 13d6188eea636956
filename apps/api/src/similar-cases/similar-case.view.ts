import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CATEGORIES, CLOSURE_OUTCOMES, OPINION_OUTCOMES, PETITION_STAGES, RATINGS, REVIEW_OUTCOMES } from '@xinfang/petition';

export class SimilarityView {
  @ApiProperty({ description: '0.6 × text + 0.25 × same category + 0.15 × same unit' }) score!: number;
  @ApiProperty({ description: 'Mean of the subject and content similarities' }) text!: number;
  @ApiProperty({ description: 'Jaccard index of the subjects’ character bigrams' }) subject!: number;
  @ApiProperty({ description: 'Jaccard index of the content-and-demands character bigrams' }) content!: number;
  @ApiProperty() sameCategory!: boolean;
  @ApiProperty({ description: 'A responsible or handling unit in common' }) sameUnit!: boolean;
}

/** How the earlier case ended (or where it stands): what a clerk looks for in a like matter. */
export class CaseOutcomeView {
  @ApiProperty({ enum: PETITION_STAGES }) stage!: string;
  @ApiPropertyOptional({ enum: CLOSURE_OUTCOMES, nullable: true }) closureOutcome!: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true }) closedOn!: string | null;
  @ApiPropertyOptional({ enum: OPINION_OUTCOMES, nullable: true, description: '处理意见' }) opinionOutcome!: string | null;
  @ApiPropertyOptional({ enum: REVIEW_OUTCOMES, nullable: true, description: '复查意见' }) reviewOutcome!: string | null;
  @ApiPropertyOptional({ enum: REVIEW_OUTCOMES, nullable: true, description: '复核意见' }) finalReviewOutcome!: string | null;
  @ApiPropertyOptional({ enum: RATINGS, nullable: true }) rating!: string | null;
}

export class SimilarCaseView {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty() receiptNumber!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: CATEGORIES }) category!: string;
  @ApiProperty() responsibleUnit!: string;
  @ApiPropertyOptional({ nullable: true }) handlingUnit!: string | null;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ type: CaseOutcomeView }) outcome!: CaseOutcomeView;
  @ApiProperty({ type: SimilarityView }) similarity!: SimilarityView;
}

export class SimilarCasesView {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty({ type: [SimilarCaseView], description: 'Earlier cases, most similar first' }) items!: SimilarCaseView[];
}
