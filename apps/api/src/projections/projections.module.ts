import { Global, Module } from '@nestjs/common';
import pg from 'pg';
import { DATABASE_URL } from '../database/database-url.token.js';
import { ALL_PROJECTIONS } from '../read-models/all-projections.js';
import { ProjectorService } from './projector.service.js';
import { PROJECTIONS, READ_MODEL_POOL } from './projections.token.js';

@Global()
@Module({
  providers: [
    {
      provide: READ_MODEL_POOL,
      inject: [DATABASE_URL],
      useFactory: (url: string) => {
        const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
        pool.on('error', () => undefined);
        return pool;
      },
    },
    { provide: PROJECTIONS, useFactory: () => ALL_PROJECTIONS },
    ProjectorService,
  ],
  exports: [ProjectorService, READ_MODEL_POOL],
})
export class ProjectionsModule {}
