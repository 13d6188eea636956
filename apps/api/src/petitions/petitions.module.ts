import { Module } from '@nestjs/common';
import { DecideAcceptanceController } from './decide-acceptance/decide-acceptance.controller.js';
import { DecideAcceptanceHandler } from './decide-acceptance/decide-acceptance.handler.js';
import { GetPetitionController } from './get-petition/get-petition.controller.js';
import { GetPetitionHandler } from './get-petition/get-petition.handler.js';
import { PetitionCommandRunner } from './petition-command-runner.js';
import { RegisterBatchController } from './register-batch/register-batch.controller.js';
import { RegisterBatchService } from './register-batch/register-batch.service.js';
import { RegisterPetitionController } from './register-petition/register-petition.controller.js';
import { RegisterPetitionHandler } from './register-petition/register-petition.handler.js';

@Module({
  controllers: [RegisterBatchController, RegisterPetitionController, DecideAcceptanceController, GetPetitionController],
  providers: [PetitionCommandRunner, RegisterPetitionHandler, RegisterBatchService, DecideAcceptanceHandler, GetPetitionHandler],
})
export class PetitionsModule {}
