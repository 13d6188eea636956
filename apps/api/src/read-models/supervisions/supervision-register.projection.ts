import type { RecordedEvent } from '@xinfang/event-store';
import { PETITION_STREAM_PREFIX } from '@xinfang/petition';
import { type Projection, qualified } from '@xinfang/projection-engine';
import type pg from 'pg';
import { upcast } from '../../event-codec/upcasters.js';
import { REGISTER_EVENT_TYPES, type RegisterRows, registerRows } from './supervision-register.rows.js';

export const SUPERVISIONS_PROJECTION = 'supervisions';

/** The supervision register and the cases' owning leaders, from the few event types that make them. */
export function supervisionRegisterProjection(): Projection {
  return {
    name: SUPERVISIONS_PROJECTION,
    tables: ['supervisions', 'supervision_rounds', 'case_owners'],
    streamPrefix: PETITION_STREAM_PREFIX,
    eventTypes: REGISTER_EVENT_TYPES,
    apply: async (events, tx, schema) => {
      const read = events.map((event: RecordedEvent) => ({ streamId: event.streamId, version: Number(event.version), type: event.type, data: upcast(event) }));
      await writeRegisterRows(tx, schema, registerRows(read));
    },
  };
}

async function writeRegisterRows(tx: pg.ClientBase, schema: string, rows: RegisterRows): Promise<void> {
  const insert = async (table: string, values: readonly object[], onConflict = 'DO NOTHING') => {
    if (values.length === 0) return;
    const target = qualified(schema, table);
    await tx.query(`INSERT INTO ${target} SELECT * FROM jsonb_populate_recordset(NULL::${target}, $1::jsonb) ON CONFLICT ${onConflict}`, [JSON.stringify(values)]);
  };
  await insert('supervisions', rows.supervisions);
  await insert('supervision_rounds', rows.rounds);
  const owners = qualified(schema, 'case_owners');
  await insert('case_owners', rows.owners, `(petition_id) DO UPDATE SET leader_id = EXCLUDED.leader_id, leader_name = EXCLUDED.leader_name, post = EXCLUDED.post,
    from_on = EXCLUDED.from_on, version = EXCLUDED.version WHERE ${owners}.version < EXCLUDED.version`);
  if (rows.answers.length === 0) return;
  const rounds = qualified(schema, 'supervision_rounds');
  await tx.query(
    `UPDATE ${rounds} r SET answered_on = a.answered_on
       FROM jsonb_to_recordset($1::jsonb) AS a (petition_id uuid, supervision_id text, version integer, answered_on date)
      WHERE r.petition_id = a.petition_id AND r.supervision_id = a.supervision_id
        AND r.version = (SELECT max(x.version) FROM ${rounds} x WHERE x.petition_id = a.petition_id AND x.supervision_id = a.supervision_id AND x.version < a.version)`,
    [JSON.stringify(rows.answers)],
  );
}
