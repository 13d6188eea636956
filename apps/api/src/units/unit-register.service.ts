import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { type EventStore, formatLogPosition, type LogPosition, WrongExpectedVersionError } from '@xinfang/event-store';
import { decideUnitDefinition, RuleViolationError, type Unit, type UnitDefined, unitStreamId } from '@xinfang/petition';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { requestIds } from '../http/deterministic-ids.js';
import type { RequestContext } from '../http/request-context.js';
import { EventsAppended } from '../projections/events-appended.event.js';
import { ProjectorService } from '../projections/projector.service.js';
import { UnitDirectoryService } from './unit-directory.service.js';

export interface DefinedUnit {
  readonly unit: Unit;
  /** Definitions in the unit's stream: 1 when just registered. */
  readonly version: number;
  readonly position: LogPosition;
  readonly created: boolean;
}

/** PUT /units/{code}: each unit is a stream of its definitions (`unit-<code>`), who made each and when. */
@Injectable()
export class UnitRegisterService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly eventBus: EventBus,
    private readonly projector: ProjectorService,
    private readonly directory: UnitDirectoryService,
  ) {}

  async define(unit: Unit, request: RequestContext): Promise<DefinedUnit> {
    await this.checkName(unit);
    if (unit.parent !== undefined) await this.checkParent(unit);
    for (let attempt = 1; ; attempt++) {
      const recorded = await this.store.readStream(unitStreamId(unit.code));
      const last = recorded.at(-1);
      const current = last ? ((last.data as UnitDefined['data']) satisfies Unit) : undefined;
      const events = decideUnitDefinition({ type: 'DefineUnit', data: unit, context: { actor: request.actor, now: request.now } }, current && withoutDate(current));
      if (events.length === 0) return { unit: withoutDate(current!), version: recorded.length, position: last!.position, created: false };
      try {
        const result = await this.store.appendToStream(
          unitStreamId(unit.code),
          events.map((event, index) => ({
            id: requestIds(request.actor.id, request.idempotencyKey).eventId(index),
            type: event.type,
            data: event.data,
            metadata: { actor: request.actor, recordedAt: request.now.toISOString(), schemaVersion: 1 },
          })),
          { expectedVersion: recorded.length === 0 ? 'no_stream' : BigInt(recorded.length - 1) },
        );
        this.eventBus.publish(new EventsAppended(result.position, events.map((event) => event.type)));
        // Read-your-writes for whoever routes a case to the unit next: the register reads the projection.
        await this.projector.waitFor(formatLogPosition(result.position)).catch(() => undefined);
        this.directory.forget();
        return { unit: withoutDate(events[0]!.data), version: Number(result.nextExpectedVersion) + 1, position: result.position, created: recorded.length === 0 };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= 3) throw error;
      }
    }
  }

  /**
   * No two units share a name: history written with free-text names reads as the registered unit of
   * that exact name, and a unit's users act on the cases handed to it by name, so a second unit of the
   * same name would make both ambiguous and let one unit see the other's cases.
   */
  private async checkName(unit: Unit): Promise<void> {
    this.directory.forget();
    const name = typeof unit.name === 'string' ? unit.name.trim() : unit.name;
    const holder = (await this.directory.units()).find((other) => other.code !== unit.code && other.name === name);
    if (holder) throw new RuleViolationError([{ field: 'name', message: `is already the name of the registered unit ${holder.code}` }]);
  }

  /** The parent is registered, and the unit is not above it (no unit becomes its own ancestor). */
  private async checkParent(unit: Unit): Promise<void> {
    this.directory.forget();
    const directory = await this.directory.current();
    let ancestor = directory.byCode(unit.parent!);
    if (!ancestor) throw new RuleViolationError([{ field: 'parent', message: `names no registered unit: ${unit.parent}` }]);
    for (const seen = new Set<string>(); ancestor && !seen.has(ancestor.code); ancestor = ancestor.parent ? directory.byCode(ancestor.parent) : undefined) {
      if (ancestor.code === unit.code) throw new RuleViolationError([{ field: 'parent', message: `${unit.parent} is ${unit.code} itself or below it` }]);
      seen.add(ancestor.code);
    }
  }
}

function withoutDate({ code, name, level, parent }: Unit): Unit {
  return { code, name, level, ...(parent !== undefined && { parent }) };
}
