import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/roles.decorator.js';
import { builtPage, sendBuiltFile } from '../static-pages/built-page.js';

export const DASHBOARD = builtPage('dashboard', 'npm run build:dashboard');
/** Where `npm run build:dashboard` puts the page. */
export const DASHBOARD_DIR = DASHBOARD.dir;

/**
 * The leadership dashboard (领导研判调度) as static files. The page is public: it holds no data and
 * reads the API with the workbench's session or a pasted bearer token, so every figure stays behind
 * the API's roles.
 */
@ApiExcludeController()
@Public()
@Controller('dashboard')
export class DashboardController {
  @Get()
  page(@Res() response: Response): void {
    sendBuiltFile(DASHBOARD, undefined, response);
  }

  @Get('*path')
  asset(@Req() request: Request, @Res() response: Response): void {
    sendBuiltFile(DASHBOARD, request, response);
  }
}
