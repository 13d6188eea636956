import { Module } from '@nestjs/common';
import { AccessLogService } from './access-log.service.js';
import { AuditController } from './audit.controller.js';
import { CaseHistoryService } from './case-history.service.js';
import { PersonalDataErasureService } from './personal-data-erasure.service.js';

@Module({
  controllers: [AuditController],
  providers: [AccessLogService, CaseHistoryService, PersonalDataErasureService],
  exports: [CaseHistoryService, AccessLogService],
})
export class AuditModule {}
