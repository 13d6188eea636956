import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCEPTANCE_DECISIONS, BACKLOG_KINDS, CATEGORIES, CHANNELS, CLAIM_TYPES, CLOSURE_OUTCOMES, LEGAL_PROCEDURES, OPINION_OUTCOMES, RATINGS, REVIEW_OUTCOMES,
} from '@xinfang/petition';
import { PERSONAL_FIELDS } from '../../event-codec/petition-event-codec.js';
import { UnitHandoverView } from './handover.view.js';
import { CaseFileView } from './case-file.view.js';
import { HearingView } from './hearing.view.js';
import { MediationView } from './mediation.view.js';
import { EnrolmentView } from './programme.view.js';
import { CaseOwnerView, InstructionView, ReceptionView, SupervisionView } from './supervision.view.js';

// The OpenAPI shape of the case record (`ExistingPetition` in @xinfang/petition, less its status).
// Parts a stage has not reached yet are absent: no hearings before the acceptance, no closure before it.

export class PetitionerView {
  @ApiProperty() name!: string;
  @ApiPropertyOptional() idNumber?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional({ enum: PERSONAL_FIELDS, isArray: true, description: 'Personal fields erased at the data subject’s request' }) erasedFields?: string[];
}

export class CaseLinkView {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty() receiptNumber!: string;
}

/** One acceptance decision; which fields are present depends on `decision`. */
export class AcceptanceView {
  @ApiProperty({ enum: ACCEPTANCE_DECISIONS }) decision!: string;
  @ApiProperty({ format: 'date' }) decidedAt!: string;
  @ApiPropertyOptional({ description: 'accepted' }) handlingUnit?: string;
  @ApiPropertyOptional({ description: 'accepted: the handler (承办人), who may not chair a hearing of the case' }) handlerId?: string;
  @ApiPropertyOptional({ description: 'accepted: for a matter a final review concluded before' }) newFactsAndReasons?: string;
  @ApiPropertyOptional({ description: 'forwarded, assigned' }) toUnit?: string;
  @ApiPropertyOptional({ description: 'diverted' }) toOrgan?: string;
  @ApiPropertyOptional({ enum: LEGAL_PROCEDURES, description: 'channelled' }) procedure?: string;
  @ApiPropertyOptional({ description: 'channelled' }) receivingBody?: string;
  @ApiPropertyOptional({ format: 'date', description: 'assigned: the date to report completion by' }) reportBy?: string;
  @ApiPropertyOptional({ enum: CLAIM_TYPES, description: 'The legal route the decision recorded, if it recorded one' }) claimType?: string;
  @ApiPropertyOptional({ description: 'not_accepted, diverted, channelled' }) reason?: string;
  @ApiPropertyOptional({ description: 'accepted, forwarded, assigned' }) note?: string;
}

export class ObjectionView {
  @ApiProperty({ format: 'date' }) objectedAt!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: AcceptanceView, description: 'The forwarding or assignment objected to' }) handover!: AcceptanceView;
}

export class ClassificationView {
  @ApiProperty({ enum: CATEGORIES }) category!: string;
  @ApiProperty({ enum: BACKLOG_KINDS, isArray: true }) backlogKinds!: string[];
}

export class ReclassificationView extends ClassificationView {
  @ApiProperty({ format: 'date' }) reclassifiedOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: ClassificationView }) previous!: ClassificationView;
}

export class TimelineEntryView {
  @ApiProperty({ example: 'HearingScheduled' }) event!: string;
  @ApiProperty({ format: 'date', description: 'The step’s business date' }) date!: string;
}

export class ExtensionView {
  @ApiProperty({ format: 'date' }) extendedOn!: string;
  @ApiProperty() days!: number;
  @ApiProperty() reason!: string;
  @ApiProperty() approver!: string;
}

export class HandlingOpinionView {
  @ApiProperty({ format: 'date' }) servedOn!: string;
  @ApiProperty({ enum: OPINION_OUTCOMES }) outcome!: string;
  @ApiProperty() request!: string;
  @ApiProperty() facts!: string;
  @ApiProperty() reasons!: string;
  @ApiProperty() legalBasis!: string;
}

export class ClosureView {
  @ApiProperty({ format: 'date' }) closedOn!: string;
  @ApiProperty({ enum: CLOSURE_OUTCOMES }) outcome!: string;
  @ApiPropertyOptional({ description: 'withdrawn, diverted' }) reason?: string;
  @ApiPropertyOptional({ description: 'diverted' }) toOrgan?: string;
  @ApiPropertyOptional() note?: string;
}

export class RatingView {
  @ApiProperty({ format: 'date' }) ratedOn!: string;
  @ApiProperty({ enum: RATINGS }) rating!: string;
}

export class ReviewRequestView {
  @ApiProperty({ format: 'date' }) requestedOn!: string;
  @ApiProperty({ description: 'The petitioner who asked' }) requestedBy!: string;
  @ApiProperty() reasons!: string;
}

export class ReviewOpinionView {
  @ApiProperty({ format: 'date' }) servedOn!: string;
  @ApiProperty({ enum: REVIEW_OUTCOMES }) outcome!: string;
  @ApiProperty() reasons!: string;
  @ApiProperty() reviewingOrgan!: string;
}

export class ReviewView {
  @ApiProperty({ type: ReviewRequestView }) request!: ReviewRequestView;
  @ApiPropertyOptional({ type: ReviewOpinionView, description: 'Once served' }) opinion?: ReviewOpinionView;
}

export class CaseRecordView {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty({ example: 'XF20261129-7K3M9Q2P' }) receiptNumber!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ type: [PetitionerView] }) petitioners!: PetitionerView[];
  @ApiPropertyOptional() groupSize?: number;
  @ApiProperty() subject!: string;
  @ApiProperty() content!: string;
  @ApiProperty() demands!: string;
  @ApiProperty({ enum: CATEGORIES, description: 'As reclassified' }) category!: string;
  @ApiProperty() responsibleUnit!: string;
  @ApiProperty({ format: 'date' }) receivedAt!: string;
  @ApiProperty({ enum: BACKLOG_KINDS, isArray: true }) backlogKinds!: string[];
  @ApiProperty({ description: 'The same matter was concluded by a final review before (Art. 36 ¶3)' }) concludedMatter!: boolean;
  @ApiProperty({ type: [CaseLinkView] }) priorConcludedCases!: CaseLinkView[];
  @ApiProperty({ type: [CaseLinkView] }) relatedCases!: CaseLinkView[];
  @ApiProperty({ type: [ObjectionView] }) objections!: ObjectionView[];
  @ApiProperty({ type: [ReclassificationView] }) reclassifications!: ReclassificationView[];
  @ApiProperty({ type: [TimelineEntryView], description: 'One business date per step, in the order recorded' }) timeline!: TimelineEntryView[];
  @ApiPropertyOptional({ enum: CLAIM_TYPES, description: 'The legal route (Arts. 29–31), from the first acceptance decision on' }) claimType?: string;
  @ApiPropertyOptional({ type: [UnitHandoverView], description: 'Every forwarding or assignment with the receiving unit’s work on it' }) handovers?: UnitHandoverView[];
  @ApiPropertyOptional({ type: AcceptanceView, description: 'The latest acceptance decision' }) acceptance?: AcceptanceView;
  @ApiPropertyOptional({ type: AcceptanceView, description: 'The forwarding or assignment the handling unit accepted from' }) handover?: AcceptanceView;
  @ApiPropertyOptional({ type: [HearingView], description: 'From the acceptance on (or the enrolment in a programme): every hearing, in any stage it was held' }) hearings?: HearingView[];
  @ApiPropertyOptional({ type: [MediationView], description: 'From the acceptance on' }) mediations?: MediationView[];
  @ApiPropertyOptional({ type: ExtensionView }) extension?: ExtensionView;
  @ApiPropertyOptional({ type: HandlingOpinionView, description: '处理意见书' }) opinion?: HandlingOpinionView;
  @ApiPropertyOptional({ type: ClosureView, description: '办结' }) closure?: ClosureView;
  @ApiPropertyOptional({ type: RatingView }) rating?: RatingView;
  @ApiPropertyOptional({ type: ReviewView, description: '复查' }) review?: ReviewView;
  @ApiPropertyOptional({ type: ReviewView, description: '复核' }) finalReview?: ReviewView;
  @ApiPropertyOptional({ type: CaseFileView, description: '卷宗: attachments and issued documents, from the first' }) caseFile?: CaseFileView;
  @ApiPropertyOptional({ type: [EnrolmentView], description: '积案化解: the programmes the case was enrolled in, the current one last; absent until the first' }) enrolments?: EnrolmentView[];
  @ApiPropertyOptional({ type: [SupervisionView], description: '督查督办: every supervision of the case, in the order issued; absent until the first' }) supervisions?: SupervisionView[];
  @ApiPropertyOptional({ type: CaseOwnerView, description: '包案: the leader who owns the case now' }) owner?: CaseOwnerView;
  @ApiPropertyOptional({ type: [ReceptionView], description: '接访: the leaders’ receptions of the petitioner' }) receptions?: ReceptionView[];
  @ApiPropertyOptional({ type: [InstructionView], description: '批示: the leaders’ instructions' }) instructions?: InstructionView[];
}
