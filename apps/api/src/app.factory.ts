import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppSettings } from './app.module.js';
import { ATTACHMENT_UPLOAD_PATH } from './case-file/attachment-upload.middleware.js';
import { installJsonBodyParsing } from './http/body-parsing.js';
import { refuseLongUrls } from './http/request-limits.js';
import { refuseUnstorableRequestText } from './http/request-text.js';
import { DrainingExpressAdapter } from './observability/draining-express-adapter.js';
import { HttpMetrics } from './observability/http-metrics.js';
import { requestLogging, ROOT_LOGGER } from './observability/logging.js';
import { installHttpHardening } from './security/http-hardening.js';

export const DOCS_PATH = 'docs';

/**
 * The whole HTTP application, as `main.ts` serves it and as the end-to-end tests drive it.
 * `logger: false` drops Nest's own messages; request lines still follow the configured level.
 */
export async function createApp(settings: AppSettings, options: { logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(settings),
    new DrainingExpressAdapter(settings.config.shutdownTimeoutMillis, settings.config),
    { bodyParser: false, ...(options.logger === false ? { logger: false } : { bufferLogs: true }) },
  );
  if (options.logger !== false) app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  const express = app.getHttpAdapter().getInstance();
  express.use(requestLogging(app.get(ROOT_LOGGER)), app.get(HttpMetrics).middleware);
  installHttpHardening(app, settings.config.corsOrigins);
  express.use(refuseLongUrls(settings.config.urlLimitBytes), refuseUnstorableRequestText);
  installJsonBodyParsing(express, settings.config.bodyLimitBytes, [ATTACHMENT_UPLOAD_PATH]);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('xinfang')
      .setDescription('Event-sourced case management for petition (信访) bureaus. Errors are application/problem+json (RFC 9457), worded in Chinese for Accept-Language: zh and in English otherwise.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json` });
  return app;
}
