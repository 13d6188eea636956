import { Global, Module } from '@nestjs/common';
import { CaseReaders } from './case-readers.js';
import { UnitDirectoryService } from './unit-directory.service.js';
import { UnitRegisterService } from './unit-register.service.js';
import { UnitsController } from './units.controller.js';

/** Global: commands, views and the inbox read the register through UnitDirectoryService, and ask CaseReaders who may read a case. */
@Global()
@Module({
  controllers: [UnitsController],
  providers: [UnitDirectoryService, UnitRegisterService, CaseReaders],
  exports: [UnitDirectoryService, CaseReaders],
})
export class UnitsModule {}
