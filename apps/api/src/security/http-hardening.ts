import type { INestApplication } from '@nestjs/common';
import helmet from 'helmet';

/**
 * Security headers on every answer, and CORS only for the origins configured: with none, no
 * browser page elsewhere may call the API. Helmet's policy suits the Swagger UI at /docs (its
 * scripts are served from here) except `upgrade-insecure-requests`, which would make a browser
 * fetch those scripts over HTTPS from a server reached over plain HTTP (`npm start`, an intranet).
 */
export function installHttpHardening(app: INestApplication, corsOrigins: readonly string[]): void {
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  if (corsOrigins.length === 0) return;
  app.enableCors({
    origin: [...corsOrigins],
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed', 'X-Request-Id'],
    maxAge: 600,
  });
}
