import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/load-config.js';
import { buildOpenApiDocument } from '../http/openapi-document.js';
import { exitWith, parseCommandLine } from './command-line.js';

const USAGE = `Writes the service's OpenAPI document (the one served at /docs-json) without a database or a port.

  npm run openapi -- [--out <file>]

Without --out the document goes to standard output. Nest builds the application in preview mode:
the routes and their metadata, no provider started.`;

/** Nothing here is connected to: the values only let the modules be declared. */
const PREVIEW_ENV = {
  NODE_ENV: 'test',
  DATABASE_URL: 'postgres://127.0.0.1:1/unused',
  JWT_SECRET: 'openapi-preview-secret-never-used-for-a-token',
  PII_MASTER_KEY: Buffer.alloc(32).toString('base64'),
  LOG_LEVEL: 'silent',
};

exitWith(USAGE, async () => {
  const { values } = parseCommandLine(USAGE, { options: { out: { type: 'string' } } });
  const config = await loadConfig(PREVIEW_ENV);
  const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl: 'postgres://127.0.0.1:1/unused' }), { preview: true, logger: false, abortOnError: false });
  const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  if (values.out) {
    await mkdir(dirname(values.out), { recursive: true });
    await writeFile(values.out, text);
  } else {
    process.stdout.write(text);
  }
  return 0;
});
