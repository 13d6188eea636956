import { Injectable } from '@nestjs/common';
import type { RecordedEvent } from '@xinfang/event-store';
import { ERASED, isSealedValue, PersonalDataVault, type SealedValue } from '@xinfang/personal-data';
import type { PetitionEvent } from '@xinfang/petition';
import { randomUUID } from 'node:crypto';
import { schemaVersionOf, upcast } from './upcasters.js';

/** The petitioner fields that identify a person and must be erasable (条例 and PIPL). */
export const PERSONAL_FIELDS = ['idNumber', 'phone', 'address'] as const;

/** Events in a petition's stream that are about the record, not the case; the decider never sees them. */
export const RECORD_EVENT_TYPES: ReadonlySet<string> = new Set(['PersonalDataErased']);

export interface EncodedEvent {
  readonly type: string;
  readonly data: unknown;
  readonly schemaVersion: number;
}

type PetitionerData = Record<string, unknown> & { name?: unknown };

/**
 * The boundary between the domain's events and what the event store keeps: personal fields are
 * sealed under a key per petitioner on the way in and opened on the way out (or read as erased),
 * and old event shapes are upcast.
 */
@Injectable()
export class PetitionEventCodec {
  constructor(private readonly vault: PersonalDataVault) {}

  async encode(events: readonly PetitionEvent[]): Promise<EncodedEvent[]> {
    return Promise.all(
      events.map(async (event) => {
        const data = event.data as Record<string, unknown>;
        const petitioners = data.petitioners;
        const sealed = Array.isArray(petitioners) ? { ...data, petitioners: await Promise.all(petitioners.map((petitioner: PetitionerData) => this.seal(petitioner))) } : data;
        return { type: event.type, data: await this.sealFileName(sealed), schemaVersion: schemaVersionOf(event.type) };
      }),
    );
  }

  /** The domain events of a stream, in order, with personal data opened where its key still exists. */
  async decode(recorded: readonly RecordedEvent[]): Promise<PetitionEvent[]> {
    const upcasted = recorded.filter((event) => !RECORD_EVENT_TYPES.has(event.type)).map((event) => ({ type: event.type, data: upcast(event) }));
    const sealedValues = upcasted.flatMap(({ data }) => [
      ...petitionersOf(data).flatMap((petitioner) => PERSONAL_FIELDS.map((field) => petitioner[field])),
      data.name,
    ].filter(isSealedValue));
    const opened = await this.vault.openAll(sealedValues);
    return upcasted.map(({ type, data }) => {
      if (isSealedValue(data.name)) return { type, data: openFileName(data, opened) } as unknown as PetitionEvent;
      if (!Array.isArray(data.petitioners)) return { type, data } as PetitionEvent;
      return { type, data: { ...data, petitioners: petitionersOf(data).map((petitioner) => openPetitioner(petitioner, opened)) } } as unknown as PetitionEvent;
    });
  }

  /** Every data subject whose fields a stream holds (its petitioners', and those its case file is sealed for), for erasure. */
  subjectsOf(recorded: readonly RecordedEvent[]): string[] {
    const subjects = recorded.flatMap((event) => {
      const data = event.data as Record<string, unknown>;
      return [...petitionersOf(data).map((petitioner) => petitioner.subject), data.sealedFor];
    });
    return [...new Set(subjects.filter((subject): subject is string => typeof subject === 'string'))];
  }

  /** A sealed attachment's file name is sealed with its bytes, under the same subject's key. */
  private async sealFileName(data: Record<string, unknown>): Promise<Record<string, unknown>> {
    const { sealedFor, name } = data;
    if (typeof sealedFor !== 'string' || typeof name !== 'string') return data;
    const key = (await this.vault.keysOf([sealedFor])).get(sealedFor);
    if (!key) throw new Error(`Data subject ${sealedFor} has no key (erased): nothing more can be sealed for it`);
    return { ...data, name: this.vault.seal(sealedFor, key, name) };
  }

  private async seal(petitioner: PetitionerData): Promise<PetitionerData> {
    const present = PERSONAL_FIELDS.filter((field) => typeof petitioner[field] === 'string');
    if (present.length === 0) return petitioner;
    const subject = randomUUID();
    const key = await this.vault.newSubject(subject);
    const sealed: PetitionerData = { ...petitioner, subject };
    for (const field of present) sealed[field] = this.vault.seal(subject, key, petitioner[field] as string);
    return sealed;
  }
}

function petitionersOf(data: Record<string, unknown>): PetitionerData[] {
  return Array.isArray(data.petitioners) ? (data.petitioners as PetitionerData[]) : [];
}

function openFileName(data: Record<string, unknown>, opened: Map<SealedValue, string | typeof ERASED>): Record<string, unknown> {
  const { name, ...rest } = data;
  const plain = opened.get(name as SealedValue);
  return plain === ERASED || plain === undefined ? { ...rest, erasedFields: ['name'] } : { ...rest, name: plain };
}

function openPetitioner(petitioner: PetitionerData, opened: Map<SealedValue, string | typeof ERASED>): PetitionerData {
  const { subject: _subject, ...rest } = petitioner;
  const erasedFields: string[] = [];
  for (const field of PERSONAL_FIELDS) {
    const value = rest[field];
    if (!isSealedValue(value)) continue;
    const plain = opened.get(value);
    if (plain === ERASED || plain === undefined) {
      delete rest[field];
      erasedFields.push(field);
    } else {
      rest[field] = plain;
    }
  }
  return erasedFields.length > 0 ? { ...rest, erasedFields } : rest;
}
