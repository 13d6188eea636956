import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, ProblemException, problemType } from '../http/problem.js';

const INDEX = 'index.html';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** A page Vite built into `dist/<name>`, served under `/<name>/`; the service runs from the project's root. */
export interface BuiltPage {
  readonly name: string;
  readonly dir: string;
  readonly buildCommand: string;
}

export function builtPage(name: string, buildCommand: string): BuiltPage {
  return { name, dir: resolve(process.cwd(), 'dist', name), buildCommand };
}

/**
 * The file a request under the page's path asks for. Built assets carry a content hash in their
 * names and are cached for good; the page itself never. `send` refuses `..` and dotfiles.
 */
export function sendBuiltFile(page: BuiltPage, request: Request | undefined, response: Response): void {
  const file = request ? decoded(request.path.slice(`/${page.name}/`.length)) : INDEX;
  if (file === undefined) return notFound(page, response);
  if (!existsSync(resolve(page.dir, INDEX))) throw notBuilt(page);
  const path = file || INDEX;
  const cacheControl = path.startsWith('assets/') ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : 'no-cache';
  response.sendFile(path, { root: page.dir, dotfiles: 'deny', headers: { 'Cache-Control': cacheControl } }, (error?: Error) => {
    if (error && !response.headersSent) notFound(page, response);
  });
}

function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function notFound(page: BuiltPage, response: Response): void {
  response.status(404).type(PROBLEM_CONTENT_TYPE).json({ type: problemType('not-found'), title: 'Not found', status: 404, detail: `The ${page.name} has no such file.` });
}

function notBuilt(page: BuiltPage): ProblemException {
  return new ProblemException({
    type: problemType(`${page.name}-not-built`),
    title: `The ${page.name} is not built`,
    status: 503,
    detail: `Build it with \`${page.buildCommand}\` (\`npm run build\` does too).`,
  });
}
