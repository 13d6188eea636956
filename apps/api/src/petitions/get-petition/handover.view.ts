import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTICE_DECISIONS, REPORT_REVIEWS } from '@xinfang/petition';

export class ReceiptView {
  @ApiProperty({ format: 'date' }) receivedOn!: string;
}

export class UnitNoticeView {
  @ApiProperty({ format: 'date' }) servedOn!: string;
  @ApiProperty({ enum: NOTICE_DECISIONS }) decision!: string;
  @ApiPropertyOptional() reason?: string;
}

export class ObjectionDecisionView {
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty() upheld!: boolean;
  @ApiProperty() reason!: string;
}

export class HandoverObjectionView {
  @ApiProperty({ format: 'date' }) objectedAt!: string;
  @ApiProperty() reason!: string;
  @ApiPropertyOptional({ type: ObjectionDecisionView, description: 'The bureau’s decision on it, once taken' }) decision?: ObjectionDecisionView;
}

export class ReportReviewView {
  @ApiProperty({ enum: REPORT_REVIEWS }) decision!: string;
  @ApiProperty({ format: 'date' }) reviewedOn!: string;
  @ApiPropertyOptional({ description: 'returned' }) reason?: string;
  @ApiPropertyOptional({ format: 'date', description: 'returned: the new date to report by' }) reportBy?: string;
  @ApiPropertyOptional({ description: 'verified' }) note?: string;
}

export class CompletionReportView {
  @ApiProperty({ format: 'date' }) filedOn!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [String] }) attachmentIds!: string[];
  @ApiPropertyOptional({ type: ReportReviewView, description: 'The bureau’s review, once given' }) review?: ReportReviewView;
}

/** One forwarding or assignment and the receiving unit's work on it. */
export class UnitHandoverView {
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: ['forwarded', 'assigned'] }) decision!: string;
  @ApiProperty({ description: 'The receiving unit, as the case names it (a unit code, or a name written before the register)' }) toUnit!: string;
  @ApiProperty({ format: 'date' }) decidedAt!: string;
  @ApiPropertyOptional({ format: 'date', description: 'assigned: the date to report completion by' }) reportBy?: string;
  @ApiPropertyOptional({ type: ReceiptView, description: '签收' }) receipt?: ReceiptView;
  @ApiPropertyOptional({ type: UnitNoticeView, description: 'The written notice to the petitioner' }) notice?: UnitNoticeView;
  @ApiPropertyOptional({ type: HandoverObjectionView }) objection?: HandoverObjectionView;
  @ApiProperty({ type: [CompletionReportView], description: '办结报告, for an assignment' }) reports!: CompletionReportView[];
}
