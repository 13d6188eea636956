import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { type EventStore, formatLogPosition, type LogPosition, type NewEvent, type RecordedEvent, WrongExpectedVersionError } from '@xinfang/event-store';
import { decide, evolve, type PetitionCommand, type PetitionState, petitionStreamId } from '@xinfang/petition';
import { CalendarService } from '../../calendar/calendar.service.js';
import { PetitionEventCodec } from '../../event-codec/petition-event-codec.js';
import { EVENT_STORE } from '../../event-store/event-store.token.js';
import { requestIds, type RequestIds } from '../../http/deterministic-ids.js';
import { ProblemException, problemType } from '../../http/problem.js';
import type { RequestContext } from '../../http/request-context.js';
import { EventsAppended } from '../../projections/events-appended.event.js';
import { UnitDirectoryService } from '../../units/unit-directory.service.js';
import { CaseLoader } from '../../event-codec/case-loader.js';
import { type CurrentCase, CurrentCaseLoader } from './current-case.js';

export interface CommandOutcome {
  readonly petitionId: string;
  /** Events in the stream after the command: the case version given in ETag. */
  readonly version: number;
  readonly position: LogPosition;
  readonly state: PetitionState;
}

const MAX_ATTEMPTS = 3;

/** A command as a request maps it; the runner adds who, when and the calendar. */
export type PetitionCommandInput = PetitionCommand extends infer Command ? (Command extends PetitionCommand ? Omit<Command, 'context'> : never) : never;

/**
 * load (the latest snapshot and the tail after it) → decide → append, the one path every petition command takes. A conflicting concurrent
 * write is retried on fresh state, unless the caller pinned a version with If-Match.
 */
@Injectable()
export class PetitionCommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly eventBus: EventBus,
    private readonly codec: PetitionEventCodec,
    private readonly cases: CaseLoader,
    private readonly calendar: CalendarService,
    private readonly units: UnitDirectoryService,
    private readonly current: CurrentCaseLoader,
  ) {}

  async run(petitionId: string, input: PetitionCommandInput, request: RequestContext): Promise<CommandOutcome> {
    const context = { actor: request.actor, now: request.now, calendar: this.calendar.current(), units: await this.units.current() };
    const command = { ...input, context } as PetitionCommand;
    const streamId = petitionStreamId(petitionId);
    const ids = requestIds(request.actor.id, request.idempotencyKey);
    for (let attempt = 1; ; attempt++) {
      // A registration under a fresh random id has no stream to read; `no_stream` below still guards it.
      const fresh = attempt === 1 && input.type === 'RegisterPetition' && !request.idempotencyKey;
      const loaded = fresh ? noCase(petitionId) : await this.current.load(petitionId);
      // A retry's events may be older than the snapshot: only then is the whole stream read.
      const earlier = request.idempotencyKey && this.current.mayHold(loaded, ids.eventId(0)) ? await this.earlierOutcome(petitionId, await this.cases.read(petitionId), ids) : undefined;
      if (earlier) return earlier;
      if (request.ifMatch !== undefined && request.ifMatch !== loaded.version) throw versionMismatch(loaded.version);
      const state = loaded.state;
      const events = decide(command, state);
      const encoded = await this.codec.encode(events);
      const newEvents: NewEvent[] = encoded.map((event, index) => ({
        id: ids.eventId(index),
        type: event.type,
        data: event.data,
        metadata: {
          actor: request.actor,
          schemaVersion: event.schemaVersion,
          recordedAt: request.now.toISOString(),
          ...(request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : {}),
          ...(request.correlationId ? { correlationId: request.correlationId } : {}),
        },
      }));
      try {
        const expectedVersion = loaded.version === 0 ? 'no_stream' : BigInt(loaded.version - 1);
        const result = await this.store.appendToStream(streamId, newEvents, { expectedVersion });
        this.eventBus.publish(new EventsAppended(result.position, newEvents.map((event) => event.type)));
        const version = Number(result.nextExpectedVersion) + 1;
        const after = events.reduce(evolve, state);
        this.current.appended(loaded, newEvents, { version, position: formatLogPosition(result.position) }, after);
        return { petitionId, version, position: result.position, state: after };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (request.ifMatch !== undefined) throw versionMismatch(error.actual === null ? 0 : Number(error.actual) + 1);
        if (attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** A retry of a request whose events are already stored (say, after a crash before it answered). */
  private async earlierOutcome(petitionId: string, recorded: readonly RecordedEvent[], ids: RequestIds): Promise<CommandOutcome | undefined> {
    const first = recorded.findIndex((event) => event.id === ids.eventId(0));
    if (first < 0) return undefined;
    let count = 1;
    while (recorded[first + count]?.id === ids.eventId(count)) count++;
    const upTo = recorded.slice(0, first + count);
    return { petitionId, version: upTo.length, position: upTo[upTo.length - 1]!.position, state: await this.cases.fold(upTo) };
  }
}

function noCase(petitionId: string): CurrentCase {
  return { petitionId, version: 0, state: { status: 'none' }, tail: [], snapshot: undefined, lastEventId: undefined, position: undefined, subjects: [] };
}

function versionMismatch(current: number): ProblemException {
  return new ProblemException(
    { type: problemType('version-mismatch'), title: 'The case has moved on', status: 412, detail: `If-Match does not name the current version ${current}; read the case again.`, currentVersion: current },
    { ETag: `"${current}"` },
  );
}
