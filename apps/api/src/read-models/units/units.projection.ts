import type { RecordedEvent } from '@xinfang/event-store';
import { UNIT_STREAM_PREFIX, type UnitDefined } from '@xinfang/petition';
import { type Projection, qualified } from '@xinfang/projection-engine';
import type pg from 'pg';

export const UNITS_PROJECTION = 'units';

/** The unit register as a table: each unit's latest definition. */
export function unitsProjection(): Projection {
  return {
    name: UNITS_PROJECTION,
    tables: ['units'],
    streamPrefix: UNIT_STREAM_PREFIX,
    eventTypes: ['UnitDefined'],
    apply: (events, tx, schema) => writeUnits(events, tx, schema),
  };
}

async function writeUnits(events: readonly RecordedEvent[], tx: pg.ClientBase, schema: string): Promise<void> {
  const latest = new Map<string, { code: string; name: string; level: string; parent: string | null; version: number; defined_at: string }>();
  for (const event of events) {
    if (event.type !== 'UnitDefined') continue;
    const unit = event.data as UnitDefined['data'];
    latest.set(unit.code, { code: unit.code, name: unit.name, level: unit.level, parent: unit.parent ?? null, version: Number(event.version) + 1, defined_at: unit.definedAt });
  }
  if (latest.size === 0) return;
  const table = qualified(schema, 'units');
  await tx.query(
    `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent = EXCLUDED.parent, version = EXCLUDED.version, defined_at = EXCLUDED.defined_at
     WHERE ${table}.version < EXCLUDED.version`,
    [JSON.stringify([...latest.values()])],
  );
}
