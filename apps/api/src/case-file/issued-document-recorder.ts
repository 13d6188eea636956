import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { DuplicateEventIdError, type EventStore, type LogPosition, WrongExpectedVersionError } from '@xinfang/event-store';
import { type Actor, petitionStreamId } from '@xinfang/petition';
import { CaseLoader } from '../event-codec/case-loader.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { EventsAppended } from '../projections/events-appended.event.js';
import type { RegisterEntry } from './document-number-register.js';

const MAX_ATTEMPTS = 20;

/**
 * Records a taken number's `DocumentIssued` in its case. Once the register holds the number the
 * document is issued, whatever the case did since, so the event is appended at whatever version
 * the case is at, and only if the case does not hold it already (its id is fixed by the register):
 * the issuer and anyone completing its work after a crash can both try, and it lands once.
 */
@Injectable()
export class IssuedDocumentRecorder {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cases: CaseLoader,
    private readonly eventBus: EventBus,
  ) {}

  /** The case's version and log position once the event is in it; `recordedBy` when it completes another request's work. */
  async record(entry: RegisterEntry, recordedBy?: Actor): Promise<{ version: number; position: LogPosition }> {
    const { petitionId, caseEvent } = entry.taken;
    for (let attempt = 1; ; attempt++) {
      const recorded = await this.cases.read(petitionId);
      const index = recorded.findIndex((event) => event.id === caseEvent.id);
      if (index >= 0) return { version: index + 1, position: recorded[index]!.position };
      const metadata = {
        actor: entry.metadata.actor,
        recordedAt: entry.metadata.recordedAt,
        schemaVersion: caseEvent.schemaVersion,
        documentNumberRegister: { version: Number(entry.version) + 1 },
        ...(recordedBy && recordedBy.id !== entry.metadata.actor.id ? { completedBy: recordedBy } : {}),
      };
      try {
        const result = await this.store.appendToStream(petitionStreamId(petitionId), [{ id: caseEvent.id, type: caseEvent.type, data: caseEvent.data, metadata }], {
          expectedVersion: BigInt(recorded.length - 1),
        });
        this.eventBus.publish(new EventsAppended(result.position, [caseEvent.type]));
        return { version: Number(result.nextExpectedVersion) + 1, position: result.position };
      } catch (error) {
        const raced = error instanceof WrongExpectedVersionError || error instanceof DuplicateEventIdError;
        if (!raced || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
