import type { AcceptanceEvent } from '../acceptance/acceptance.events.js';
import type { ClassificationEvent } from '../classification/classification.events.js';
import type { HandlingEvent } from '../handling/handling.events.js';
import type { HandoverEvent } from '../handover/handover.events.js';
import type { HearingEvent } from '../hearing/hearing.events.js';
import type { IntakeEvent } from '../intake/intake.events.js';
import type { MediationEvent } from '../mediation/mediation.events.js';
import type { ProgrammeCaseEvent } from '../programme/programme.events.js';
import type { ReviewEvent } from '../review/review.events.js';
import type { CaseFileEvent } from '../case-file/case-file.events.js';
import type { SupervisionEvent } from '../supervision/supervision.events.js';

/**
 * Every event of a petition's stream, each declared in its sub-area. Events are `{ type, data }`
 * only: the API adds the metadata (actor, recordedAt) when appending.
 */
export type PetitionEvent =
  | IntakeEvent
  | AcceptanceEvent
  | HandoverEvent
  | ClassificationEvent
  | HearingEvent
  | MediationEvent
  | HandlingEvent
  | ReviewEvent
  | CaseFileEvent
  | ProgrammeCaseEvent
  | SupervisionEvent;

export type PetitionEventType = PetitionEvent['type'];
