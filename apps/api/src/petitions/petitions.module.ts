import { Module } from '@nestjs/common';
import { AdjournHearingController } from './adjourn-hearing/adjourn-hearing.controller.js';
import { AdjournHearingHandler } from './adjourn-hearing/adjourn-hearing.handler.js';
import { ClosePetitionController } from './close-petition/close-petition.controller.js';
import { ClosePetitionHandler } from './close-petition/close-petition.handler.js';
import { ConcludeHearingController } from './conclude-hearing/conclude-hearing.controller.js';
import { ConcludeHearingHandler } from './conclude-hearing/conclude-hearing.handler.js';
import { DecideAcceptanceController } from './decide-acceptance/decide-acceptance.controller.js';
import { DecideAcceptanceHandler } from './decide-acceptance/decide-acceptance.handler.js';
import { ExtendHandlingController } from './extend-handling/extend-handling.controller.js';
import { ExtendHandlingHandler } from './extend-handling/extend-handling.handler.js';
import { GetPetitionController } from './get-petition/get-petition.controller.js';
import { GetPetitionHandler } from './get-petition/get-petition.handler.js';
import { IssueFinalReviewOpinionController } from './issue-final-review-opinion/issue-final-review-opinion.controller.js';
import { IssueFinalReviewOpinionHandler } from './issue-final-review-opinion/issue-final-review-opinion.handler.js';
import { IssueOpinionController } from './issue-opinion/issue-opinion.controller.js';
import { IssueOpinionHandler } from './issue-opinion/issue-opinion.handler.js';
import { IssueReviewOpinionController } from './issue-review-opinion/issue-review-opinion.controller.js';
import { IssueReviewOpinionHandler } from './issue-review-opinion/issue-review-opinion.handler.js';
import { PetitionCommandRunner } from './petition-command-runner.js';
import { RaiseObjectionController } from './raise-objection/raise-objection.controller.js';
import { RaiseObjectionHandler } from './raise-objection/raise-objection.handler.js';
import { ReclassifyPetitionController } from './reclassify-petition/reclassify-petition.controller.js';
import { ReclassifyPetitionHandler } from './reclassify-petition/reclassify-petition.handler.js';
import { RecordMediationAgreementController } from './record-mediation-agreement/record-mediation-agreement.controller.js';
import { RecordMediationAgreementHandler } from './record-mediation-agreement/record-mediation-agreement.handler.js';
import { RecordMediationFailureController } from './record-mediation-failure/record-mediation-failure.controller.js';
import { RecordMediationFailureHandler } from './record-mediation-failure/record-mediation-failure.handler.js';
import { RecordMediationSessionController } from './record-mediation-session/record-mediation-session.controller.js';
import { RecordMediationSessionHandler } from './record-mediation-session/record-mediation-session.handler.js';
import { RecordPanelOpinionController } from './record-panel-opinion/record-panel-opinion.controller.js';
import { RecordPanelOpinionHandler } from './record-panel-opinion/record-panel-opinion.handler.js';
import { RecordRatingController } from './record-rating/record-rating.controller.js';
import { RecordRatingHandler } from './record-rating/record-rating.handler.js';
import { RegisterBatchController } from './register-batch/register-batch.controller.js';
import { RegisterBatchService } from './register-batch/register-batch.service.js';
import { RegisterPetitionController } from './register-petition/register-petition.controller.js';
import { RegisterPetitionHandler } from './register-petition/register-petition.handler.js';
import { RequestFinalReviewController } from './request-final-review/request-final-review.controller.js';
import { RequestFinalReviewHandler } from './request-final-review/request-final-review.handler.js';
import { RequestReviewController } from './request-review/request-review.controller.js';
import { RequestReviewHandler } from './request-review/request-review.handler.js';
import { RescheduleHearingController } from './reschedule-hearing/reschedule-hearing.controller.js';
import { RescheduleHearingHandler } from './reschedule-hearing/reschedule-hearing.handler.js';
import { ScheduleHearingController } from './schedule-hearing/schedule-hearing.controller.js';
import { ScheduleHearingHandler } from './schedule-hearing/schedule-hearing.handler.js';
import { StartMediationController } from './start-mediation/start-mediation.controller.js';
import { StartMediationHandler } from './start-mediation/start-mediation.handler.js';

/** The lifecycle's steps after the acceptance decision, in DOMAIN.md's order: one controller and one handler each. */
const LIFECYCLE_CONTROLLERS = [
  RaiseObjectionController, ReclassifyPetitionController, ScheduleHearingController, RescheduleHearingController, AdjournHearingController,
  RecordPanelOpinionController, ConcludeHearingController, StartMediationController, RecordMediationSessionController,
  RecordMediationAgreementController, RecordMediationFailureController, ExtendHandlingController, IssueOpinionController, ClosePetitionController,
  RecordRatingController, RequestReviewController, IssueReviewOpinionController, RequestFinalReviewController, IssueFinalReviewOpinionController,
];
const LIFECYCLE_HANDLERS = [
  RaiseObjectionHandler, ReclassifyPetitionHandler, ScheduleHearingHandler, RescheduleHearingHandler, AdjournHearingHandler, RecordPanelOpinionHandler,
  ConcludeHearingHandler, StartMediationHandler, RecordMediationSessionHandler, RecordMediationAgreementHandler, RecordMediationFailureHandler,
  ExtendHandlingHandler, IssueOpinionHandler, ClosePetitionHandler, RecordRatingHandler, RequestReviewHandler, IssueReviewOpinionHandler,
  RequestFinalReviewHandler, IssueFinalReviewOpinionHandler,
];

@Module({
  controllers: [RegisterBatchController, RegisterPetitionController, DecideAcceptanceController, ...LIFECYCLE_CONTROLLERS, GetPetitionController],
  providers: [PetitionCommandRunner, RegisterPetitionHandler, RegisterBatchService, DecideAcceptanceHandler, ...LIFECYCLE_HANDLERS, GetPetitionHandler],
})
export class PetitionsModule {}
