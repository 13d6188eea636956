import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { RegisterPetitionRequest } from '../../../apps/api/src/petitions/intake/register-petition.request.js';

export const POOL = Symbol('POOL');

export const EVENTS_TABLE = `
  CREATE TABLE IF NOT EXISTS events (
    position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id text NOT NULL,
    version bigint NOT NULL,
    event_id uuid NOT NULL UNIQUE,
    type text NOT NULL,
    data jsonb NOT NULL,
    metadata jsonb NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (stream_id, version)
  )`;

const INSERT_EVENT = `INSERT INTO events (stream_id, version, event_id, type, data, metadata) VALUES ($1, 0, $2, 'PetitionRegistered', $3::jsonb, $4::jsonb)`;

@Controller()
export class RegistrationController {
  constructor(@Inject(POOL) private readonly pool: pg.Pool) {}

  @Post('petitions')
  @HttpCode(HttpStatus.CREATED)
  async register(@Body() body: RegisterPetitionRequest): Promise<{ id: string }> {
    const id = randomUUID();
    const metadata = { recordedAt: new Date().toISOString() };
    await this.pool.query({ name: 'insert_event', text: INSERT_EVENT, values: [`petition-${id}`, randomUUID(), JSON.stringify(body), JSON.stringify(metadata)] });
    return { id };
  }

  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }
}
