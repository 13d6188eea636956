import { Module } from '@nestjs/common';
import { DocumentsModule } from '../../documents/documents.module.js';
import { SupervisionRegisterService } from './supervision-register.service.js';
import { SupervisionsController } from './supervisions.controller.js';

/** The supervision register, a leader's cases and the monthly overdue report, from the `supervisions` projection and the clocks. */
@Module({
  imports: [DocumentsModule],
  controllers: [SupervisionsController],
  providers: [SupervisionRegisterService],
})
export class SupervisionsReadModule {}
