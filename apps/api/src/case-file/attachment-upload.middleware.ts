import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { Role } from '@xinfang/petition';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { TOKEN_VERIFIER } from '../auth/auth.guard.js';
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
 * A request without a token of an uploading role is passed on unread, for the guard to answer 401 or 403.
 */
@Injectable()
export class AttachmentUploadMiddleware implements NestMiddleware {
  private readonly upload: RequestHandler;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TOKEN_VERIFIER) private readonly verifyToken: TokenVerifier,
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

  private async mayUpload(request: Request): Promise<boolean> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    const principal = token ? await this.verifyToken(token).catch(() => undefined) : undefined;
    return principal?.roles.some((role) => ATTACHMENT_UPLOAD_ROLES.includes(role)) ?? false;
  }
}

function problem(response: Response, status: number, slug: string, title: string, detail: string, extra: Record<string, unknown> = {}): void {
  sendProblem(response, { type: problemType(slug), title, status, detail, ...extra });
}
