import { Injectable } from '@nestjs/common';
import type { Actor } from '@xinfang/petition';
import { Database } from '../database/database.js';
import type { DocumentFormat, DocumentKind } from './document-kinds.js';

/**
 * Who rendered which document of which case, and when: a document carries the petitioner's
 * identity, so each rendering goes into the append-only access log beside history reads
 * (`what` = `document`).
 */
@Injectable()
export class RenderingLog {
  constructor(private readonly database: Database) {}

  async record(actor: Actor, petitionId: string, rendering: { kind: DocumentKind; format: DocumentFormat; version: number; hearingId?: string }): Promise<void> {
    await this.database.query(
      `INSERT INTO audit_access_log (actor_id, actor_name, actor_role, petition_id, what, detail) VALUES ($1, $2, $3, $4, 'document', $5)`,
      [actor.id, actor.name, actor.role, petitionId, JSON.stringify(rendering)],
    );
  }
}
