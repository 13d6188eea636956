import { Module } from '@nestjs/common';
import { ProgrammeLedgerService } from './programme-ledger.service.js';
import { ProgrammesQueryController } from './programmes-query.controller.js';

/** The programme ledger (积案化解台账) and the list of programmes, from the `programmes` projection. */
@Module({
  controllers: [ProgrammesQueryController],
  providers: [ProgrammeLedgerService],
})
export class ProgrammesReadModule {}
