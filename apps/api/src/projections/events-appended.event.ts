import type { LogPosition } from '@xinfang/event-store';

/**
 * Published after a command's events are stored, so the projector looks at once. With the types of
 * the events stored, a projection of other types is not woken (it finds them at its next poll, or
 * when a reader waits for it); without them, every projection is.
 */
export class EventsAppended {
  constructor(
    readonly position: LogPosition,
    readonly eventTypes?: readonly string[],
  ) {}
}
