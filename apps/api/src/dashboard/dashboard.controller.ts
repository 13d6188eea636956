import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/roles.decorator.js';
import { PROBLEM_CONTENT_TYPE, ProblemException, problemType } from '../http/problem.js';

/** Where `npm run build:dashboard` puts the page; the service runs from the project's root. */
export const DASHBOARD_DIR = resolve(process.cwd(), 'dist', 'dashboard');
const INDEX = 'index.html';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The leadership dashboard (领导研判调度) as static files. The page is public: it holds no data and
 * asks for a bearer token, with which it calls the API, so every figure stays behind the API's roles.
 * Built assets carry a content hash in their names and are cached for good; the page itself never.
 */
@ApiExcludeController()
@Public()
@Controller('dashboard')
export class DashboardController {
  @Get()
  page(@Res() response: Response): void {
    send(INDEX, response);
  }

  @Get('*path')
  asset(@Req() request: Request, @Res() response: Response): void {
    const file = decoded(request.path.slice('/dashboard/'.length));
    if (file === undefined) notFound(response);
    else send(file || INDEX, response);
  }
}

/** `send` refuses `..` and dotfiles under its root. */
function send(file: string, response: Response): void {
  if (!existsSync(resolve(DASHBOARD_DIR, INDEX))) throw notBuilt();
  const cacheControl = file.startsWith('assets/') ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : 'no-cache';
  response.sendFile(file, { root: DASHBOARD_DIR, dotfiles: 'deny', headers: { 'Cache-Control': cacheControl } }, (error?: Error) => {
    if (error && !response.headersSent) notFound(response);
  });
}

function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function notFound(response: Response): void {
  response.status(404).type(PROBLEM_CONTENT_TYPE).json({ type: problemType('not-found'), title: 'Not found', status: 404, detail: 'The dashboard has no such file.' });
}

function notBuilt(): ProblemException {
  return new ProblemException({
    type: problemType('dashboard-not-built'),
    title: 'The dashboard is not built',
    status: 503,
    detail: 'Build it with `npm run build:dashboard` (`npm run build` does too).',
  });
}
