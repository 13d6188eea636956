import { Module } from '@nestjs/common';
import { CaseFileContents } from '../case-file/case-file-contents.js';
import { AccessLogService } from './access-log.service.js';
import { AuditController } from './audit.controller.js';
import { CaseHistoryService } from './case-history.service.js';
import { PersonalDataErasureService } from './personal-data-erasure.service.js';

@Module({
  controllers: [AuditController],
  providers: [AccessLogService, CaseHistoryService, PersonalDataErasureService, CaseFileContents],
  exports: [CaseHistoryService, AccessLogService],
})
export class AuditModule {}
