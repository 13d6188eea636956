import type { RecordedEvent } from '@xinfang/event-store';
import { uuidV5 } from '../http/deterministic-ids.js';

/**
 * Event shapes evolve; history does not. Each event records the schema version it was written
 * in (`metadata.schemaVersion`, absent = 1), and on read the upcasters below lift old shapes to
 * the current one, so today's code replays events written by any earlier version.
 */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: Record<string, unknown>, event: Pick<RecordedEvent, 'id' | 'metadata'>): Record<string, unknown>;
}

export const UPCASTERS: readonly Upcaster[] = [
  {
    // v1 kept petitioners' ID numbers, phones and addresses in plain text; v2 seals them per
    // petitioner (see petition-event-codec.ts). A v1 petitioner reads as an unsealed one.
    type: 'PetitionRegistered',
    fromVersion: 1,
    upcast: (data) => data,
  },
  {
    // v1 (the first slice) did not name the case's handler; v2 records `handlerId`, which the
    // recusal rule needs (the chair of a hearing must not be the handler). The handler of a v1
    // acceptance is the clerk who recorded it, as the decider defaults it today.
    type: 'PetitionAccepted',
    fromVersion: 1,
    upcast: (data, event) => ({ handlerId: event.metadata.actor.id, ...data }),
  },
  {
    // v1 obligations had no ids; v2 gives each one, so that its performance can be recorded. A v1
    // obligation's id is derived from its event's id and its place, the same on every read.
    type: 'MediationAgreed',
    fromVersion: 1,
    upcast: (data, event) => ({
      ...data,
      obligations: (data.obligations as Record<string, unknown>[]).map((obligation, index) => ({ obligationId: uuidV5(`${event.id}\nobligation\n${index}`), ...obligation })),
    }),
  },
];

/** The version each event type is written in now. */
export const CURRENT_SCHEMA_VERSION: Readonly<Record<string, number>> = { PetitionRegistered: 2, PetitionAccepted: 2, MediationAgreed: 2 };

export function schemaVersionOf(type: string): number {
  return CURRENT_SCHEMA_VERSION[type] ?? 1;
}

export function upcast(event: Pick<RecordedEvent, 'id' | 'type' | 'data' | 'metadata'>): Record<string, unknown> {
  let version = typeof event.metadata.schemaVersion === 'number' ? event.metadata.schemaVersion : 1;
  let data = event.data as Record<string, unknown>;
  const target = schemaVersionOf(event.type);
  while (version < target) {
    const step = UPCASTERS.find((upcaster) => upcaster.type === event.type && upcaster.fromVersion === version);
    if (!step) throw new Error(`No upcaster for ${event.type} from schema version ${version}`);
    data = step.upcast(data, event);
    version++;
  }
  return data;
}
