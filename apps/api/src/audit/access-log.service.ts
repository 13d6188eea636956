import { Injectable } from '@nestjs/common';
import type { Actor } from '@xinfang/petition';
import { Database } from '../database/database.js';

export type AccessKind = 'history' | 'state' | 'verify' | 'document' | 'attachment' | 'issued-document' | 'case-file';

export interface AccessRecord {
  readonly id: string;
  readonly accessedAt: string;
  readonly actor: { readonly id: string; readonly name: string; readonly role: string };
  readonly petitionId: string;
  readonly what: AccessKind;
  readonly detail: Record<string, unknown>;
}

export interface AccessQuery {
  readonly petitionId?: string;
  readonly actorId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  /** The id of the last record of the previous page. */
  readonly before?: string;
}

interface AccessRow {
  id: string;
  accessed_at: Date;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  petition_id: string;
  what: AccessKind;
  detail: Record<string, unknown>;
}

/** Who looked at which case's history, past state, documents or case file, and when; the table refuses UPDATE and DELETE. */
@Injectable()
export class AccessLogService {
  constructor(private readonly database: Database) {}

  async record(actor: Actor, petitionId: string, what: AccessKind, detail: Record<string, unknown> = {}): Promise<void> {
    await this.database.query(
      'INSERT INTO audit_access_log (actor_id, actor_name, actor_role, petition_id, what, detail) VALUES ($1, $2, $3, $4, $5, $6)',
      [actor.id, actor.name, actor.role, petitionId, what, JSON.stringify(detail)],
    );
  }

  async find(query: AccessQuery): Promise<AccessRecord[]> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const add = (sql: string, value: unknown) => conditions.push(sql.replace('?', `$${values.push(value)}`));
    if (query.petitionId) add('petition_id = ?', query.petitionId);
    if (query.actorId) add('actor_id = ?', query.actorId);
    if (query.from) add("accessed_at >= (?::date::timestamp AT TIME ZONE 'Asia/Shanghai')", query.from);
    if (query.to) add("accessed_at < ((?::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')", query.to);
    if (query.before) add('id < ?', query.before);
    const rows: AccessRow[] = await this.database.query(
      `SELECT id::text, accessed_at, actor_id, actor_name, actor_role, petition_id::text, what, detail FROM audit_access_log
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${values.push(query.limit)}`,
      values,
    );
    return rows.map((row) => ({
      id: row.id,
      accessedAt: row.accessed_at.toISOString(),
      actor: { id: row.actor_id, name: row.actor_name, role: row.actor_role },
      petitionId: row.petition_id,
      what: row.what,
      detail: row.detail,
    }));
  }
}
