import type { MediationObligation, ObligationOutcomeRecord } from './mediation.types.js';
import { mediationsOf } from '../core/petition.queries.js';
import type { PetitionState } from '../core/petition.state.js';
import type { IsoDate } from '../core/business-date.js';

/** An obligation of an agreement, with the agreement's day and how it turned out so far. */
export interface AgreedObligation {
  obligation: MediationObligation & { obligationId: string };
  agreedOn: IsoDate;
  outcome?: ObligationOutcomeRecord;
}

/** Every obligation of every agreement of the case that can be addressed by its id. */
export function agreedObligations(state: PetitionState): AgreedObligation[] {
  return mediationsOf(state).flatMap((mediation) =>
    mediation.status === 'agreed'
      ? mediation.agreement.obligations.flatMap((obligation) => {
          if (obligation.obligationId === undefined) return [];
          const { obligationId } = obligation;
          const outcome = mediation.outcomes?.find((recorded) => recorded.obligationId === obligationId);
          return [{ obligation: { ...obligation, obligationId }, agreedOn: mediation.agreement.agreedOn, ...(outcome && { outcome }) }];
        })
      : [],
  );
}
