import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { PROBLEM_CONTENT_TYPE, problemType } from '../http/problem.js';

/**
 * Reads an attachment upload (multipart/form-data: the fields, then one `file`) into memory, up to
 * ATTACHMENT_LIMIT_BYTES; the JSON body limit does not apply to it. An over-size file is answered
 * 413 while it streams in, before anything is stored. File names are read as UTF-8, as browsers send them.
 */
@Injectable()
export class AttachmentUploadMiddleware implements NestMiddleware {
  private readonly upload: RequestHandler;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.attachmentLimitBytes, files: 1, fields: 8, fieldSize: 1024, parts: 9 },
      defParamCharset: 'utf8',
    }).single('file');
  }

  use(request: Request, response: Response, next: NextFunction): void {
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
}

function problem(response: Response, status: number, slug: string, title: string, detail: string, extra: Record<string, unknown> = {}): void {
  response.status(status).type(PROBLEM_CONTENT_TYPE).json({ type: problemType(slug), title, status, detail, ...extra });
}
