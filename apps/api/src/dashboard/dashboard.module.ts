import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller.js';

/** Serves the leadership dashboard's built page at /dashboard. */
@Module({ controllers: [DashboardController] })
export class DashboardModule {}
