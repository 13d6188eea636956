import type { LogPosition } from '@xinfang/event-store';

/** Published after a command's events are stored, so the projector looks at once. */
export class EventsAppended {
  constructor(readonly position: LogPosition) {}
}
