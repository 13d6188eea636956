import type { BusinessCalendar } from '@xinfang/calendar';
import type { UnitDirectory } from '../units/unit.js';
import type { Actor } from './petition.types.js';

/** Time, actor and working-day calendar come in with the command, so `decide` stays pure. */
export interface CommandContext {
  actor: Actor;
  /** The instant the request arrived; "today" for defaults and the future-date rules. */
  now: Date;
  /**
   * The official working-day calendar, for the statutory windows. It may throw
   * `CalendarNotCoveredError`; `decide` lets that through rather than guess (see `missedDeadline`).
   */
  calendar: BusinessCalendar;
  /** The unit register, to read a case's unit references (codes, or names written before the register); none given: codes only. */
  units?: UnitDirectory;
}
