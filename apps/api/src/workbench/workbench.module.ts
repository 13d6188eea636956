import { Module } from '@nestjs/common';
import { WorkbenchController } from './workbench.controller.js';

/** Serves the workbench's built page at /workbench. */
@Module({ controllers: [WorkbenchController] })
export class WorkbenchModule {}
