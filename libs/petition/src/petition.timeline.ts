import { compareIsoDates } from './business-date.js';
import type { PetitionEventType } from './petition.events.js';
import { latestOf, type PetitionCase, type TimelineEntry } from './petition.state.js';

/**
 * How each step sits in the lifecycle. A `stage` step moves the case to another stage; a `within`
 * step happens inside one (hearings, mediation, extension); a `side` step records something beside
 * the lifecycle (a reclassification, the rating) and is not a step the next one follows.
 */
const STEPS: Readonly<Record<PetitionEventType, { name: string; kind: 'stage' | 'within' | 'side' }>> = {
  PetitionRegistered: { name: 'receipt', kind: 'stage' },
  PetitionAccepted: { name: 'acceptance', kind: 'stage' },
  PetitionNotAccepted: { name: 'refusal to accept', kind: 'stage' },
  PetitionForwarded: { name: 'forwarding', kind: 'stage' },
  PetitionAssigned: { name: 'assignment', kind: 'stage' },
  PetitionDiverted: { name: 'diversion', kind: 'stage' },
  UnitObjected: { name: 'objection', kind: 'stage' },
  PetitionReclassified: { name: 'reclassification', kind: 'side' },
  HearingScheduled: { name: 'scheduling of a hearing', kind: 'within' },
  HearingRescheduled: { name: 'rescheduling of a hearing', kind: 'within' },
  HearingAdjourned: { name: 'adjournment of a hearing', kind: 'within' },
  HearingCancelled: { name: 'cancellation of a hearing', kind: 'within' },
  PanelOpinionRecorded: { name: 'panel opinion', kind: 'within' },
  HearingConcluded: { name: 'conclusion of a hearing', kind: 'within' },
  MediationStarted: { name: 'start of the mediation', kind: 'within' },
  MediationSessionHeld: { name: 'mediation session', kind: 'within' },
  MediationAgreed: { name: 'mediation agreement', kind: 'within' },
  MediationFailed: { name: 'failure of the mediation', kind: 'within' },
  HandlingExtended: { name: 'extension', kind: 'within' },
  HandlingOpinionIssued: { name: 'handling opinion', kind: 'stage' },
  PetitionClosed: { name: 'closure', kind: 'stage' },
  SatisfactionRated: { name: 'rating', kind: 'side' },
  ReviewRequested: { name: 'review request', kind: 'stage' },
  ReviewOpinionIssued: { name: 'review opinion', kind: 'stage' },
  FinalReviewRequested: { name: 'final review request', kind: 'stage' },
  FinalReviewOpinionIssued: { name: 'final review opinion', kind: 'stage' },
};

/** A step's date bound as `RuleChecks.businessDate` takes it: "must not precede the acceptance on …". */
export interface StepBound {
  date: string;
  step: string;
}

export function boundOf(entry: TimelineEntry): StepBound {
  return { date: entry.date, step: STEPS[entry.event].name };
}

/** The step that moved the case into its current stage. */
export function stageEntry(petition: PetitionCase): TimelineEntry {
  return petition.timeline[stageEntryIndex(petition)] ?? { event: 'PetitionRegistered', date: petition.receivedAt };
}

function stageEntryIndex(petition: PetitionCase): number {
  return petition.timeline.findLastIndex((entry) => STEPS[entry.event].kind === 'stage');
}

/**
 * The latest step of the current stage, side steps aside: what a step leaving the stage follows
 * (an opinion follows the hearings and mediation of handling, not a reclassification).
 */
export function latestStepOfStage(petition: PetitionCase): TimelineEntry {
  const since = petition.timeline.slice(Math.max(0, stageEntryIndex(petition)));
  return latestOf(since.filter((step) => STEPS[step.event].kind !== 'side')) ?? stageEntry(petition);
}

/** The later of two bounds; of equal dates, the first. */
export function laterBound(a: StepBound, b: StepBound): StepBound {
  return compareIsoDates(b.date, a.date) > 0 ? b : a;
}
