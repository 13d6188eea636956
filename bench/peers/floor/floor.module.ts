import { Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { EVENTS_TABLE, POOL, RegistrationController } from './registration.controller.js';

@Module({
  controllers: [RegistrationController],
  providers: [
    {
      provide: POOL,
      useFactory: async () => {
        const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
        await pool.query(EVENTS_TABLE);
        return pool;
      },
    },
  ],
})
export class FloorModule implements OnModuleDestroy {
  constructor(@Inject(POOL) private readonly pool: pg.Pool) {}

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
