import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/roles.decorator.js';
import { builtPage, sendBuiltFile } from '../static-pages/built-page.js';

export const WORKBENCH = builtPage('workbench', 'npm run build:workbench');

/**
 * The workbench (信访工作台) as static files. The page is public and holds no data: it signs the user
 * in and then calls the REST API like any client, so every case stays behind the API's roles.
 */
@ApiExcludeController()
@Public()
@Controller('workbench')
export class WorkbenchController {
  @Get()
  page(@Res() response: Response): void {
    sendBuiltFile(WORKBENCH, undefined, response);
  }

  @Get('*path')
  asset(@Req() request: Request, @Res() response: Response): void {
    sendBuiltFile(WORKBENCH, request, response);
  }
}
