import { Global, Module } from '@nestjs/common';
import { ACCEPTANCE_ROUTES } from './acceptance/acceptance.routes.js';
import { CLASSIFICATION_ROUTES } from './classification/classification.routes.js';
import { caseCommandController, RunCaseCommandHandler } from './command-path/case-command.controller.js';
import { CurrentCaseLoader } from './command-path/current-case.js';
import { PetitionCommandRunner } from './command-path/petition-command-runner.js';
import { GetPetitionController } from './get-petition/get-petition.controller.js';
import { GetPetitionHandler } from './get-petition/get-petition.handler.js';
import { HANDLING_ROUTES } from './handling/handling.routes.js';
import { HANDOVER_ROUTES } from './handover/handover.routes.js';
import { HEARING_ROUTES } from './hearing/hearing.routes.js';
import { RegisterBatchController } from './intake/register-batch.controller.js';
import { RegisterBatchService } from './intake/register-batch.service.js';
import { RegisterPetitionController } from './intake/register-petition.controller.js';
import { RegisterPetitionHandler } from './intake/register-petition.handler.js';
import { MEDIATION_ROUTES } from './mediation/mediation.routes.js';
import { PROGRAMME_ROUTES } from './programme/programme.routes.js';
import { ProgrammeStreams } from './programme/programme-streams.js';
import { ProgrammesController } from './programme/programmes.controller.js';
import { ReboundReactor } from './programme/rebound-reactor.js';
import { SignOffController } from './programme/sign-off.controller.js';
import { REVIEW_ROUTES } from './review/review.routes.js';
import { SUPERVISION_ROUTES } from './supervision/supervision.routes.js';

/** Every command on an existing case, each sub-area's in DOMAIN.md's order: one generated controller each, one handler for all. */
const CASE_COMMAND_ROUTES = [...ACCEPTANCE_ROUTES, ...HANDOVER_ROUTES, ...CLASSIFICATION_ROUTES, ...HEARING_ROUTES, ...MEDIATION_ROUTES, ...HANDLING_ROUTES, ...REVIEW_ROUTES, ...PROGRAMME_ROUTES, ...SUPERVISION_ROUTES];

/** Global: the petitioner's self-service runs its rating through the same command path. */
@Global()
@Module({
  controllers: [RegisterBatchController, RegisterPetitionController, ...CASE_COMMAND_ROUTES.map(caseCommandController), SignOffController, ProgrammesController, GetPetitionController],
  providers: [CurrentCaseLoader, PetitionCommandRunner, RunCaseCommandHandler, RegisterPetitionHandler, RegisterBatchService, GetPetitionHandler, ProgrammeStreams, ReboundReactor],
  exports: [CurrentCaseLoader, PetitionCommandRunner, ReboundReactor],
})
export class PetitionsModule {}
