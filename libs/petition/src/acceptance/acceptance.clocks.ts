import { caseClock, type ClockDerivations } from '../core/case-clock.js';
import type { ExistingPetition, HandoverRecord } from '../core/petition.state.js';

const DECISION_EVENTS = new Set(['PetitionAccepted', 'PetitionNotAccepted', 'PetitionForwarded', 'PetitionAssigned', 'PetitionDiverted']);

export const ACCEPTANCE_CLOCKS: ClockDerivations<'acceptance' | 'unit_objection'> = {
  // From receipt to the bureau's first decision, whichever it was.
  acceptance: (petition) => [caseClock('acceptance', 0, petition.receivedAt, {}, petition.timeline.find((entry) => DECISION_EVENTS.has(entry.event))?.date)],
  // From each forwarding or assignment until the unit objects or accepts.
  unit_objection: (petition) =>
    handovers(petition).map((handover, seq) => {
      const objection = petition.objections.find((candidate) => candidate.handover.decidedAt === handover.decidedAt && candidate.handover.decision === handover.decision);
      const acceptedOn = 'acceptance' in petition && petition.acceptance.decision === 'accepted' && 'handover' in petition && petition.handover === handover ? petition.acceptance.decidedAt : undefined;
      return caseClock('unit_objection', seq, handover.decidedAt, {}, objection?.objectedAt ?? acceptedOn);
    }),
};

/** Every forwarding or assignment, in order: objected ones, the current one, the one accepted from. */
function handovers(petition: ExistingPetition): HandoverRecord[] {
  const list: HandoverRecord[] = petition.objections.map((objection) => objection.handover);
  if ((petition.status === 'forwarded' || petition.status === 'assigned') && !list.includes(petition.acceptance)) list.push(petition.acceptance);
  if ('handover' in petition && petition.handover && !list.includes(petition.handover)) list.push(petition.handover);
  return list;
}
