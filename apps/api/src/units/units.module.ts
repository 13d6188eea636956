import { Global, Module } from '@nestjs/common';
import { UnitDirectoryService } from './unit-directory.service.js';
import { UnitRegisterService } from './unit-register.service.js';
import { UnitsController } from './units.controller.js';

/** Global: commands, views and the inbox read the register through UnitDirectoryService. */
@Global()
@Module({
  controllers: [UnitsController],
  providers: [UnitDirectoryService, UnitRegisterService],
  exports: [UnitDirectoryService],
})
export class UnitsModule {}
