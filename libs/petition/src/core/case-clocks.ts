import { ACCEPTANCE_CLOCKS } from '../acceptance/acceptance.clocks.js';
import { HANDLING_CLOCKS } from '../handling/handling.clocks.js';
import { HANDOVER_CLOCKS } from '../handover/handover.clocks.js';
import { HEARING_CLOCKS } from '../hearing/hearing.clocks.js';
import { REVIEW_CLOCKS } from '../review/review.clocks.js';
import { SUPERVISION_CLOCKS } from '../supervision/supervision.clocks.js';
import type { CaseClock, ClockDerivations } from './case-clock.js';
import { CLOCK_KINDS, type ClockKind } from './clock-catalogue.js';
import type { ExistingPetition } from './petition.state.js';

const DERIVATIONS: ClockDerivations<ClockKind> = { ...ACCEPTANCE_CLOCKS, ...HANDOVER_CLOCKS, ...HANDLING_CLOCKS, ...HEARING_CLOCKS, ...REVIEW_CLOCKS, ...SUPERVISION_CLOCKS };

/** Every clock the case has started, in the catalogue's order. */
export function petitionClocks(petition: ExistingPetition): CaseClock[] {
  return CLOCK_KINDS.flatMap((kind) => (DERIVATIONS[kind] as (petition: ExistingPetition) => CaseClock[])(petition));
}

