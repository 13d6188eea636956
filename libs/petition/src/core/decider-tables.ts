/**
 * The tables each sub-area of the petition fills in, so that a command, an event or a step is
 * added where it belongs and the type-check names whatever was left out: every command type has a
 * decide function, every event type a business date, a timeline place and an evolve step.
 */
import type { IsoDate } from './business-date.js';
import type { ExistingPetition, PetitionStage, PetitionState } from './petition.state.js';

interface Message {
  readonly type: string;
  readonly data: unknown;
}

/**
 * How a recorded step sits in the lifecycle. A `stage` step moves the case to another stage; a
 * `within` step happens inside one (hearings, mediation, extension); a `side` step records
 * something beside the lifecycle (a reclassification, the rating) and is not a step the next one follows.
 */
export type StepKind = 'stage' | 'within' | 'side';

export interface EventDefinition<Event extends Message> {
  /** The step as refusals name it: "must not precede the acceptance on …". */
  readonly name: string;
  readonly kind: StepKind;
  /** The day the step happened (its business date), as the timeline and the clocks see it. */
  readonly date: (data: Event['data']) => IsoDate;
  /** Applies the event to an existing case (its timeline already carries the step). */
  readonly evolve: (petition: ExistingPetition, event: Event) => PetitionState;
}

export type EventTable<Event extends Message> = { readonly [Type in Event['type']]: EventDefinition<Extract<Event, { type: Type }>> };

export type DecideTable<Command extends Message, Event> = {
  readonly [Type in Command['type']]: (command: Extract<Command, { type: Type }>, petition: ExistingPetition) => Event[];
};

/** A step a clerk, a unit or a panel member can take: the stages that list it, and what in the record may rule it out. */
export interface StepDefinition {
  readonly stages: readonly PetitionStage[];
  /** The record conditions of `allowedNextSteps` (a second extension, a hearing step with no such hearing …). */
  readonly admits?: (petition: ExistingPetition) => boolean;
}
