import { Inject, Injectable, type NestMiddleware, Optional } from '@nestjs/common';
import type { Role } from '@xinfang/petition';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { CSRF_HEADER, TOKEN_VERIFIER } from '../auth/auth.guard.js';
import { csrfTokenMatches, SessionStore } from '../auth/session.store.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { problemType, sendProblem } from '../http/problem.js';

/** Who may upload: the route's roles, known here so that nobody else's upload is read at all. */
export const ATTACHMENT_UPLOAD_ROLES: readonly Role[] = ['clerk', 'admin', 'unit'];

/** The upload route's path, for the body parser to let its multipart body through to this middleware. */
export const ATTACHMENT_UPLOAD_PATH = /^\/petitions\/[^/]+\/attachments\/?$/;

/**
 * Reads an attachment upload (multipart/form-data: the fields, then one `file`) into memory, up to
 * ATTACHMENT_LIMIT_BYTES; the JSON body limit does not apply to it. An over-size file is answered
 * 413 while it streams in, before anything is stored. File names are read as UTF-8, as browsers send them.
 * A request without a token or a workbench session of an uploading role (a session's upload with its
 * CSRF token, as every write with the cookie) is passed on unread, for the guard to answer 401 or 403.
 */
@Injectable()
export class AttachmentUploadMiddleware implements NestMiddleware {
  private readonly upload: RequestHandler;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TOKEN_VERIFIER) private readonly verifyToken: TokenVerifier,
    @Optional() private readonly sessions?: SessionStore,
  ) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.attachmentLimitBytes, files: 1, fields: 8, fieldSize: 1024, parts: 9 },
      defParamCharset: 'utf8',
    }).single('file');
  }

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    if (!(await this.mayUpload(request))) return next();
    if (!request.is('multipart/form-data')) {
      problem(response, 415, 'unsupported-media-type', 'Unsupported media type', 'Send the attachment as multipart/form-data with the fields kind and file.');
      return;
    }
    this.upload(request, response, (error: unknown) => {
      if (!error) return next();
      if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
        problem(response, 413, 'payload-too-large', 'Attachment too large', `An attachment may be at most ${this.config.attachmentLimitBytes} bytes; nothing was stored.`, { limit: this.config.attachmentLimitBytes });
        return;
      }
      const field = error instanceof multer.MulterError ? error.field : undefined;
      const detail = error instanceof multer.MulterError ? `${error.message}${field ? ` (${field})` : ''}; send the fields kind (and addedOn) and one file.` : 'The multipart body could not be read.';
      problem(response, 400, 'malformed-body', 'Malformed request body', detail);
    });
  }

  /** Judged as the guard will judge it: by the Authorization header when there is one, else by the session cookie and its CSRF token. */
  private async mayUpload(request: Request): Promise<boolean> {
    const principal = request.headers.authorization === undefined ? await this.sessionPrincipal(request) : await this.tokenPrincipal(request.headers.authorization);
    return principal?.roles.some((role) => ATTACHMENT_UPLOAD_ROLES.includes(role)) ?? false;
  }

  private async tokenPrincipal(authorization: string) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    return token ? this.verifyToken(token).catch(() => undefined) : undefined;
  }

  private async sessionPrincipal(request: Request) {
    const sessionId = this.sessions?.idFrom(request);
    const session = sessionId === undefined ? undefined : await this.sessions!.authenticate(sessionId);
    if (!session || session.mustChangePassword || !csrfTokenMatches(request.header(CSRF_HEADER), session.csrfToken)) return undefined;
    return session.principal;
  }
}

function problem(response: Response, status: number, slug: string, title: string, detail: string, extra: Record<string, unknown> = {}): void {
  sendProblem(response, { type: problemType(slug), title, status, detail, ...extra });
}
