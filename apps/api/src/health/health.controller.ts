import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, type ApiPropertyOptions, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { type EventStore, formatLogPosition } from '@xinfang/event-store';
import type { Response } from 'express';
import { Database } from '../database/database.js';
import { Public } from '../auth/roles.decorator.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { ProjectorService } from '../projections/projector.service.js';

type Check = { status: 'up'; [detail: string]: unknown } | { status: 'down'; error: string };

const CHECK_TIMEOUT_MS = 2_000;

export class LivenessView {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

const CHECK_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string', enum: ['up', 'down'] }, error: { type: 'string' } },
  additionalProperties: true,
  description: 'up with its details (the event store’s head, each read model’s position and lag), or down with the error',
};

export class ReadinessChecksView {
  @ApiProperty(CHECK_SCHEMA) database!: Check;
  @ApiProperty(CHECK_SCHEMA) eventStore!: Check;
  @ApiProperty(CHECK_SCHEMA) projections!: Check;
}

export class ReadinessView {
  @ApiProperty({ enum: ['ready', 'not_ready'] }) status!: 'ready' | 'not_ready';
  @ApiProperty({ type: ReadinessChecksView }) checks!: ReadinessChecksView;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: Database,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly projector: ProjectorService,
  ) {}

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'The process is running' })
  @ApiOkResponse({ type: LivenessView })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'The database and the event store answer (503 when either does not); the read models’ lag' })
  @ApiOkResponse({ type: ReadinessView })
  @ApiServiceUnavailableResponse({ type: ReadinessView, description: 'The database or the event store does not answer' })
  async ready(@Res() response: Response): Promise<void> {
    const [database, eventStore, projections] = await Promise.all([
      check(async () => {
        await this.database.query('SELECT 1');
        return {};
      }),
      check(async () => {
        const head = await this.eventStore.headPosition();
        return { head: head ? formatLogPosition(head) : null };
      }),
      check(async () => ({
        readModels: (await this.projector.status()).map((status) => ({
          projection: status.projection,
          position: status.position ? formatLogPosition(status.position) : null,
          eventsApplied: Number(status.eventsApplied),
          lagSeconds: Math.round(status.lagSeconds * 10) / 10,
          ...(status.error ? { error: status.error } : {}),
        })),
      })),
    ]);
    const ready = database.status === 'up' && eventStore.status === 'up';
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ready ? 'ready' : 'not_ready', checks: { database, eventStore, projections } });
  }
}

async function check(probe: () => Promise<Record<string, unknown>>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    return { status: 'up', ...(await Promise.race([probe(), timeout])) };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
