import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/load-config.js';
import { buildOpenApiDocument } from './openapi-document.js';

/** Nothing here is connected to: the values only let the modules be declared. */
const PREVIEW_ENV = {
  NODE_ENV: 'test',
  DATABASE_URL: 'postgres://127.0.0.1:1/unused',
  JWT_SECRET: 'openapi-preview-secret-never-used-for-a-token',
  PII_MASTER_KEY: Buffer.alloc(32).toString('base64'),
  LOG_LEVEL: 'silent',
};

/**
 * The document the service serves at /docs-json, built without a database or a port: Nest's
 * preview mode declares the modules and their routes and starts no provider.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const config = await loadConfig(PREVIEW_ENV);
  const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl: PREVIEW_ENV.DATABASE_URL }), { preview: true, logger: false, abortOnError: false });
  return buildOpenApiDocument(app);
}
