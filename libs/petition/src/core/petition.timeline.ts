import { compareIsoDates } from './business-date.js';
import { eventDefinition } from './event-catalogue.js';
import { latestOf, type PetitionCase, type TimelineEntry } from './petition.state.js';

/** A step's date bound as `RuleChecks.businessDate` takes it: "must not precede the acceptance on …". */
export interface StepBound {
  date: string;
  step: string;
}

export function boundOf(entry: TimelineEntry): StepBound {
  return { date: entry.date, step: eventDefinition(entry.event).name };
}

/** The step that moved the case into its current stage. */
export function stageEntry(petition: PetitionCase): TimelineEntry {
  return petition.timeline[stageEntryIndex(petition)] ?? { event: 'PetitionRegistered', date: petition.receivedAt };
}

function stageEntryIndex(petition: PetitionCase): number {
  return petition.timeline.findLastIndex((entry) => eventDefinition(entry.event).kind === 'stage');
}

/**
 * The latest step of the current stage, side steps aside: what a step leaving the stage follows
 * (an opinion follows the hearings and mediation of handling, not a reclassification).
 */
export function latestStepOfStage(petition: PetitionCase): TimelineEntry {
  const since = petition.timeline.slice(Math.max(0, stageEntryIndex(petition)));
  return latestOf(since.filter((step) => eventDefinition(step.event).kind !== 'side')) ?? stageEntry(petition);
}

/** The later of two bounds; of equal dates, the first. */
export function laterBound(a: StepBound, b: StepBound): StepBound {
  return compareIsoDates(b.date, a.date) > 0 ? b : a;
}
