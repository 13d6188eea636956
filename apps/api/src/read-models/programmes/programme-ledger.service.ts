import { Injectable } from '@nestjs/common';
import { ProgrammeNotFoundError, type ProgrammeTargets } from '@xinfang/petition';
import { Database } from '../../database/database.js';
import { decodeCursor, encodeCursor } from '../cases/cursor.js';
import { ledgerOf } from './ledger.js';
import type { LedgerEntry } from './ledger.types.js';
import { LEDGER_ENTRIES_SQL } from './ledger.sql.js';
import type { ProgrammeLedgerView, ProgrammePage, ProgrammeView } from './programme.responses.js';

interface ProgrammeRow {
  programme_id: string;
  name: string;
  period_from: string;
  period_to: string;
  criteria: string;
  targets: ProgrammeTargets;
  owner: string;
  opened_on: string;
  enrolled: number;
}

const PROGRAMME_COLUMNS = `p.programme_id::text, p.name, p.period_from::text, p.period_to::text, p.criteria, p.targets, p.owner, p.opened_on::text,
  (SELECT count(*) FROM read_model.programme_enrolments e WHERE e.programme_id = p.programme_id)::int AS enrolled`;

/** The programmes and their ledgers, from the `programmes` projection's tables. */
@Injectable()
export class ProgrammeLedgerService {
  constructor(private readonly database: Database) {}

  async list(limit: number, cursor: string | undefined): Promise<ProgrammePage> {
    const after = decodeCursor(cursor, 2);
    const rows = await this.database.query<ProgrammeRow>(
      `SELECT ${PROGRAMME_COLUMNS} FROM read_model.programmes p
        WHERE $1::date IS NULL OR (p.opened_on, p.programme_id) < ($1::date, $2::uuid)
        ORDER BY p.opened_on DESC, p.programme_id DESC LIMIT ${limit + 1}`,
      [after?.[0] ?? null, after?.[1] ?? null],
    );
    const items = rows.slice(0, limit).map(programmeView);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.openedOn, last.programmeId]) : null };
  }

  async ledger(programmeId: string, asOf: string): Promise<ProgrammeLedgerView> {
    const [programme] = await this.database.query<ProgrammeRow>(`SELECT ${PROGRAMME_COLUMNS} FROM read_model.programmes p WHERE p.programme_id = $1`, [programmeId]);
    if (!programme) throw new ProgrammeNotFoundError(programmeId);
    const rows = await this.database.query<{ category: string; reason: string; track: string; owning_leader: string; heard: boolean; resolved: boolean; signed_off: boolean; rebounded: boolean; tasks_overdue: number }>(
      LEDGER_ENTRIES_SQL,
      [programmeId, asOf],
    );
    const entries: LedgerEntry[] = rows.map((row) => ({
      category: row.category, reason: row.reason, track: row.track, owningLeader: row.owning_leader,
      heard: row.heard, resolved: row.resolved, signedOff: row.signed_off, rebounded: row.rebounded, tasksOverdue: row.tasks_overdue,
    }));
    return { programme: programmeView(programme), asOf, ...ledgerOf(entries) };
  }
}

function programmeView(row: ProgrammeRow): ProgrammeView {
  return {
    programmeId: row.programme_id, name: row.name, periodFrom: row.period_from, periodTo: row.period_to, criteria: row.criteria,
    targets: row.targets, owner: row.owner, openedOn: row.opened_on, enrolled: row.enrolled,
  };
}
