import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, type AppSettings } from './app.module.js';
import { installJsonBodyParsing } from './http/body-parsing.js';

export const DOCS_PATH = 'docs';

/** The whole HTTP application, as `main.ts` serves it and as the end-to-end tests drive it. */
export async function createApp(settings: AppSettings, options: { logger?: LogLevel[] | false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings), {
    bodyParser: false,
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  app.disable('x-powered-by');
  installJsonBodyParsing(app.getHttpAdapter().getInstance(), settings.config.bodyLimitBytes);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('xinfang')
      .setDescription('Event-sourced case management for petition (信访) bureaus. Errors are application/problem+json (RFC 9457).')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json` });
  return app;
}
