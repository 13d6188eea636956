import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { type EventStore, type LogPosition, type RecordedEvent } from '@xinfang/event-store';
import {
  foldProgramme, type OpenProgramme, programmeDecider, type ProgrammeEvent, type ProgrammeFacts, ProgrammeNotFoundError, type ProgrammeState, programmeStreamId,
} from '@xinfang/petition';
import { EVENT_STORE } from '../../event-store/event-store.token.js';
import { requestIds } from '../../http/deterministic-ids.js';
import type { RequestContext } from '../../http/request-context.js';
import { EventsAppended } from '../../projections/events-appended.event.js';

export interface ProgrammeOutcome {
  readonly programmeId: string;
  readonly version: number;
  readonly position: LogPosition;
}

/** A programme's own stream: load → decide → append, as the petition runner does for a case. */
@Injectable()
export class ProgrammeStreams {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly eventBus: EventBus,
  ) {}

  async state(programmeId: string): Promise<ProgrammeState> {
    return foldProgramme(programmeEvents(await this.store.readStream(programmeStreamId(programmeId))));
  }

  /** The programme a case is enrolled in, as it stands; a 404 when there is none. */
  async existing(programmeId: string): Promise<ProgrammeFacts> {
    const state = await this.state(programmeId);
    if (state.status === 'none') throw new ProgrammeNotFoundError(programmeId);
    const { status: _status, ...facts } = state;
    return facts;
  }

  async open(data: OpenProgramme['data'], request: RequestContext): Promise<ProgrammeOutcome> {
    const streamId = programmeStreamId(data.programmeId);
    const ids = requestIds(request.actor.id, request.idempotencyKey);
    const recorded = await this.store.readStream(streamId);
    // A retry of a request whose event is stored already (say, after a crash before it answered).
    const earlier = recorded.find((event) => event.id === ids.eventId(0));
    if (earlier) return { programmeId: data.programmeId, version: recorded.length, position: earlier.position };
    const events = programmeDecider.decide({ type: 'OpenProgramme', data, context: { actor: request.actor, now: request.now } }, foldProgramme(programmeEvents(recorded)));
    const result = await this.store.appendToStream(
      streamId,
      events.map((event, index) => ({
        id: ids.eventId(index),
        type: event.type,
        data: event.data,
        metadata: {
          actor: request.actor,
          schemaVersion: 1,
          recordedAt: request.now.toISOString(),
          ...(request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : {}),
          ...(request.correlationId ? { correlationId: request.correlationId } : {}),
        },
      })),
      { expectedVersion: 'no_stream' },
    );
    this.eventBus.publish(new EventsAppended(result.position, events.map((event) => event.type)));
    return { programmeId: data.programmeId, version: Number(result.nextExpectedVersion) + 1, position: result.position };
  }
}

function programmeEvents(recorded: readonly RecordedEvent[]): ProgrammeEvent[] {
  return recorded.map((event) => ({ type: event.type, data: event.data }) as ProgrammeEvent);
}
