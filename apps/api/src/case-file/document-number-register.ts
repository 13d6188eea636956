import { Inject, Injectable } from '@nestjs/common';
import type { EventMetadata, EventStore, RecordedEvent } from '@xinfang/event-store';
import type { DocumentKind, DocumentNumber } from '@xinfang/petition';
import { documentNumberLabel } from '../documents/document-kinds.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';

/** The registers' streams: one per kind and year, beside the petitions' (read by verify and copy-events, never by the case projection). */
export const DOCUMENT_NUMBER_STREAM_PREFIX = 'document-numbers-';

/**
 * A number taken from a register: everything the case's `DocumentIssued` event needs, so that if
 * the issuer stops before recording it in the case, whoever takes the next number records it.
 */
export interface NumberTaken {
  readonly kind: DocumentKind;
  readonly number: DocumentNumber;
  readonly petitionId: string;
  /** The case event, as it is to be appended to the case's stream (its id fixed here). */
  readonly caseEvent: { readonly id: string; readonly type: 'DocumentIssued'; readonly data: unknown; readonly schemaVersion: number };
}

export interface RegisterEntry {
  readonly taken: NumberTaken;
  readonly version: bigint;
  readonly metadata: EventMetadata;
}

/**
 * 文号 registers (发文登记簿): one event stream per kind and year, each event a number taken. A
 * number is taken by appending at the exact version after the last one, so two issuers racing
 * for it cannot both get it: the loser reads the register again and takes the next. Numbers are
 * never skipped, since the n-th event of a register is number n.
 */
@Injectable()
export class DocumentNumberRegister {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async last(kind: DocumentKind, year: number): Promise<RegisterEntry | undefined> {
    const [event] = await this.store.readStream(registerStreamId(kind, year), { direction: 'backwards', maxCount: 1 });
    return event && entryOf(event);
  }

  /** The entries among the register's latest whose event has this id (a retried request's). */
  async find(kind: DocumentKind, year: number, eventId: string): Promise<RegisterEntry | undefined> {
    const events = await this.store.readStream(registerStreamId(kind, year), { direction: 'backwards', maxCount: 200 });
    const event = events.find((candidate) => candidate.id === eventId);
    return event && entryOf(event);
  }

  next(kind: DocumentKind, year: number, last: RegisterEntry | undefined): DocumentNumber {
    const seq = (last?.taken.number.seq ?? 0) + 1;
    return { label: documentNumberLabel(kind, year, seq), year, seq };
  }

  /** Throws WrongExpectedVersionError when another issuer took a number since `last` was read. */
  async take(taken: NumberTaken, last: RegisterEntry | undefined, event: { id: string; metadata: EventMetadata }): Promise<RegisterEntry> {
    const streamId = registerStreamId(taken.kind, taken.number.year);
    const expectedVersion = last ? last.version : 'no_stream';
    const result = await this.store.appendToStream(streamId, [{ id: event.id, type: 'DocumentNumberTaken', data: taken, metadata: event.metadata }], { expectedVersion });
    return { taken, version: result.nextExpectedVersion, metadata: event.metadata };
  }
}

export function registerStreamId(kind: DocumentKind, year: number): string {
  return `${DOCUMENT_NUMBER_STREAM_PREFIX}${kind}-${year}`;
}

function entryOf(event: RecordedEvent): RegisterEntry {
  return { taken: event.data as NumberTaken, version: event.version, metadata: event.metadata };
}
