import type { Hearing } from '../hearing/hearing.types.js';
import type { Mediation } from '../mediation/mediation.types.js';
import type { ExistingPetition, PetitionState } from './petition.state.js';

/** Questions the API and the decider ask of a petition's state. */

/** Every hearing of the case, in the order scheduled; none before acceptance unless the case is in the programme. */
export function hearingsOf(state: PetitionState): readonly Hearing[] {
  return state.status === 'none' ? [] : (state.hearings ?? []);
}

export function hearingOf(state: PetitionState, hearingId: string): Hearing | undefined {
  return hearingsOf(state).find((hearing) => hearing.hearingId === hearingId);
}

/** Scheduled or adjourned: not yet concluded or cancelled. */
export function isHearingOpen(hearing: Hearing): boolean {
  return hearing.status === 'scheduled' || hearing.status === 'adjourned';
}

/** The case's one open hearing, if any. */
export function openHearing(state: PetitionState): Hearing | undefined {
  return hearingsOf(state).find(isHearingOpen);
}

/** Whether the user sits on any hearing of the case: a `panel` user may read only such cases. */
export function isPanelMemberOf(state: PetitionState, actorId: string): boolean {
  return hearingsOf(state).some((hearing) => hearing.panel.some((member) => member.memberId === actorId));
}

export function mediationsOf(state: PetitionState): readonly Mediation[] {
  return 'mediations' in state ? state.mediations : [];
}

export function activeMediation(state: PetitionState): Extract<Mediation, { status: 'active' }> | undefined {
  return mediationsOf(state).find((mediation): mediation is Extract<Mediation, { status: 'active' }> => mediation.status === 'active');
}

/** No hearing open and no mediation running: what the steps that end a stage wait for. */
export function noProceedingOpen(state: PetitionState): boolean {
  return openHearing(state) === undefined && activeMediation(state) === undefined;
}

/** The case as the read side and panel members see it: petitioners by name only, no ID numbers, phones or addresses, no sealed file names. */
export function withoutPersonalData<State extends ExistingPetition>(state: State): State {
  const petitioners = state.petitioners.map((petitioner) => ({ name: petitioner.name }));
  if (!state.caseFile) return { ...state, petitioners };
  const attachments = state.caseFile.attachments.map(({ name, ...attachment }) => (attachment.sealedFor === undefined ? { ...attachment, name } : attachment));
  return { ...state, petitioners, caseFile: { ...state.caseFile, attachments } };
}
