import type { EventTable } from '../core/decider-tables.js';
import { inStage } from '../core/evolve-guard.js';
import type { HearingEvent, HearingScheduled } from './hearing.events.js';
import { HEARING_STAGES, type Hearing } from './hearing.types.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import type { ExistingPetition, PetitionState } from '../core/petition.state.js';

/** A hearing's steps, kept on the hearing; the case's stage does not change. */
function evolveHearing(petition: ExistingPetition, event: HearingEvent): PetitionState {
  const handled = inStage(petition, event, HEARING_STAGES);
  if (event.type === 'HearingScheduled') {
    const hearing: Hearing = { ...event.data, stage: handled.status, status: 'scheduled', opinions: [], adjournments: [] };
    return { ...handled, hearings: [...handled.hearings, hearing] };
  }
  const { hearingId } = event.data;
  if (!handled.hearings.some((hearing) => hearing.hearingId === hearingId)) throw new CorruptPetitionStreamError(event.type, handled.status);
  return { ...handled, hearings: handled.hearings.map((hearing) => (hearing.hearingId === hearingId ? applied(hearing, event) : hearing)) };
}

function applied(hearing: Hearing, event: Exclude<HearingEvent, HearingScheduled>): Hearing {
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
};
