import { type ClockStart, hearingPauseDays } from '@xinfang/calendar';
import type { IsoDate } from './business-date.js';
import type { ExistingPetition, HandoverRecord } from './petition.state.js';

/** A statutory clock of a case as its events define it; the read side adds the deadline. */
export interface CaseClock {
  readonly start: ClockStart;
  /** Distinguishes clocks of one kind on one case (a second handover, a second hearing plan). */
  readonly seq: number;
  readonly stoppedOn?: IsoDate;
}

const ACCEPTANCE_EVENTS = new Set(['PetitionAccepted', 'PetitionNotAccepted', 'PetitionForwarded', 'PetitionAssigned', 'PetitionDiverted']);

/** Every clock of DOMAIN.md's table that the case has started, derived from its state alone. */
export function petitionClocks(state: ExistingPetition): CaseClock[] {
  const clocks: CaseClock[] = [];
  const firstDecision = state.timeline.find((entry) => ACCEPTANCE_EVENTS.has(entry.event));
  clocks.push(clock({ kind: 'acceptance', startedOn: state.receivedAt }, 0, firstDecision?.date));

  handovers(state).forEach((handover, seq) => {
    const objection = state.objections.find((candidate) => candidate.handover.decidedAt === handover.decidedAt && candidate.handover.decision === handover.decision);
    const acceptedOn = 'acceptance' in state && state.acceptance.decision === 'accepted' && 'handover' in state && state.handover === handover ? state.acceptance.decidedAt : undefined;
    clocks.push(clock({ kind: 'unit_objection', startedOn: handover.decidedAt }, seq, objection?.objectedAt ?? acceptedOn));
  });

  if (!('hearings' in state)) return clocks;
  const opinion = 'opinion' in state ? state.opinion : undefined;
  const closure = 'closure' in state ? state.closure : undefined;
  clocks.push(
    clock(
      { kind: 'handling', startedOn: state.acceptance.decidedAt, ...(state.extension ? { extensionDays: state.extension.days } : {}) },
      0,
      earliest(opinion?.servedOn, closure?.closedOn),
    ),
  );
  state.hearings.forEach((hearing, seq) => {
    if (hearing.status !== 'concluded') return;
    clocks.push(clock({ kind: 'resolution_plan', startedOn: hearing.conclusion.concludedOn, resolveBy: hearing.conclusion.resolveBy }, seq, closure?.closedOn));
  });
  if (opinion) {
    const review = 'review' in state ? state.review : undefined;
    clocks.push(clock({ kind: 'review_window', startedOn: opinion.servedOn }, 0, review?.request.requestedOn));
    if (review) {
      clocks.push(clock({ kind: 'review_answer', startedOn: review.request.requestedOn }, 0, review.opinion?.servedOn));
      if (review.opinion) {
        const finalReview = 'finalReview' in state ? state.finalReview : undefined;
        clocks.push(clock({ kind: 'final_review_window', startedOn: review.opinion.servedOn }, 0, finalReview?.request.requestedOn));
        if (finalReview) {
          // Time spent on a hearing in the final review is not counted (Art. 36): each concluded one adds its days.
          const pause = state.hearings
            .filter((hearing) => hearing.stage === 'under_final_review' && hearing.status === 'concluded')
            .reduce((days, hearing) => days + (hearing.status === 'concluded' ? hearingPauseDays(hearing.scheduledOn, hearing.conclusion.concludedOn) : 0), 0);
          clocks.push(clock({ kind: 'final_review_answer', startedOn: finalReview.request.requestedOn, hearingPauseDays: pause }, 0, finalReview.opinion?.servedOn));
        }
      }
    }
  }
  if (closure) clocks.push(clock({ kind: 'rating_window', startedOn: closure.closedOn }, 0, 'rating' in state ? state.rating?.ratedOn : undefined));
  return clocks;
}

function clock(start: ClockStart, seq: number, stoppedOn: IsoDate | undefined): CaseClock {
  return stoppedOn === undefined ? { start, seq } : { start, seq, stoppedOn };
}

/** Every forwarding or assignment, in order: objected ones, the current one, the one accepted from. */
function handovers(state: ExistingPetition): HandoverRecord[] {
  const list: HandoverRecord[] = state.objections.map((objection) => objection.handover);
  if ((state.status === 'forwarded' || state.status === 'assigned') && !list.includes(state.acceptance)) list.push(state.acceptance);
  if ('handover' in state && state.handover && !list.includes(state.handover)) list.push(state.handover);
  return list;
}

function earliest(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}
