import type { EventTable } from '../core/decider-tables.js';
import type { HearingEvent, HearingScheduled } from './hearing.events.js';
import type { Hearing } from './hearing.types.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import type { ExistingPetition, PetitionState } from '../core/petition.state.js';
import { activeEnrolment } from '../programme/programme.queries.js';
import { withPlanTaskCompleted, withRecusalDecided, withRecusalRequested } from './hearing-records.evolve.js';

/**
 * A hearing's steps, kept on the hearing; the case's stage does not change. A hearing scheduled
 * while the case is in a programme belongs to it, in whatever stage the case is.
 */
function evolveHearing(petition: ExistingPetition, event: HearingEvent): PetitionState {
  const hearings = petition.hearings ?? [];
  if (event.type === 'HearingScheduled') {
    const enrolment = activeEnrolment(petition);
    const hearing: Hearing = { ...event.data, stage: petition.status, status: 'scheduled', opinions: [], adjournments: [], ...(enrolment && { programmeId: enrolment.programmeId }) };
    return { ...petition, hearings: [...hearings, hearing] };
  }
  const { hearingId } = event.data;
  if (!hearings.some((hearing) => hearing.hearingId === hearingId)) throw new CorruptPetitionStreamError(event.type, petition.status);
  return { ...petition, hearings: hearings.map((hearing) => (hearing.hearingId === hearingId ? applied(hearing, event, petition) : hearing)) };
}

function applied(hearing: Hearing, event: Exclude<HearingEvent, HearingScheduled>, petition: ExistingPetition): Hearing {
  switch (event.type) {
    case 'HearingAdjourned': {
      const { adjournedOn, reason } = event.data;
      return { ...hearing, status: 'adjourned', adjournments: [...hearing.adjournments, { adjournedOn, reason, hearingDate: hearing.hearingDate }] };
    }
    case 'HearingRescheduled': {
      const { rescheduledOn, hearingDate, venue } = event.data;
      const adjournments = hearing.adjournments.map((adjournment, i, all) => (i === all.length - 1 ? { ...adjournment, rescheduledOn } : adjournment));
      return { ...hearing, status: 'scheduled', hearingDate, venue, adjournments };
    }
    case 'HearingCancelled': {
      const { cancelledOn, reason } = event.data;
      return { ...hearing, status: 'cancelled', cancellation: { cancelledOn, reason } };
    }
    case 'PanelOpinionRecorded': {
      const { hearingId: _hearingId, ...opinion } = event.data;
      return { ...hearing, opinions: [...hearing.opinions, opinion] };
    }
    case 'HearingConcluded': {
      const { hearingId: _hearingId, ...conclusion } = event.data;
      return { ...hearing, status: 'concluded', conclusion };
    }
    case 'RecusalRequested':
      return withRecusalRequested(hearing, event);
    case 'RecusalDecided':
      return withRecusalDecided(hearing, event, petition);
    case 'PlanTaskCompleted':
      return withPlanTaskCompleted(hearing, event, petition);
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export const HEARING_EVENTS: EventTable<HearingEvent> = {
  HearingScheduled: { name: 'scheduling of a hearing', kind: 'within', date: (data) => data.scheduledOn, evolve: evolveHearing },
  HearingRescheduled: { name: 'rescheduling of a hearing', kind: 'within', date: (data) => data.rescheduledOn, evolve: evolveHearing },
  HearingAdjourned: { name: 'adjournment of a hearing', kind: 'within', date: (data) => data.adjournedOn, evolve: evolveHearing },
  HearingCancelled: { name: 'cancellation of a hearing', kind: 'within', date: (data) => data.cancelledOn, evolve: evolveHearing },
  PanelOpinionRecorded: { name: 'panel opinion', kind: 'within', date: (data) => data.givenOn, evolve: evolveHearing },
  HearingConcluded: { name: 'conclusion of a hearing', kind: 'within', date: (data) => data.concludedOn, evolve: evolveHearing },
  RecusalRequested: { name: 'recusal request', kind: 'within', date: (data) => data.requestedOn, evolve: evolveHearing },
  RecusalDecided: { name: 'recusal decision', kind: 'within', date: (data) => data.decidedOn, evolve: evolveHearing },
  // A unit's report of its task: beside the lifecycle, like the programme's other records.
  PlanTaskCompleted: { name: 'completion of a plan task', kind: 'side', date: (data) => data.completedOn, evolve: evolveHearing },
};
