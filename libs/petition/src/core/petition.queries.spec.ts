import { foldPetition } from './petition.evolve.js';
import { activeMediation, hearingOf, isPanelMemberOf, openHearing } from './petition.queries.js';
import { IN_HANDLING, PANEL, hearingConcluded, hearingScheduled, mediationFailed, mediationStarted } from '../testing/handling.fixtures.js';
import { registered } from '../testing/handling.fixtures.js';

describe('petition queries', () => {
  const withHearing = foldPetition([...IN_HANDLING, hearingScheduled()]);

  it('hearingOf finds a hearing by id, and nothing for an unknown id or a case without hearings', () => {
    expect(hearingOf(withHearing, 'H1')).toMatchObject({ hearingId: 'H1', panel: PANEL });
    expect(hearingOf(withHearing, 'H2')).toBeUndefined();
    expect(hearingOf(foldPetition([registered]), 'H1')).toBeUndefined();
    expect(hearingOf(foldPetition([]), 'H1')).toBeUndefined();
  });

  it('isPanelMemberOf is true for every member of any hearing of the case, and only for them', () => {
    for (const member of PANEL) expect(isPanelMemberOf(withHearing, member.memberId)).toBe(true);
    expect(isPanelMemberOf(withHearing, 'clerk-7')).toBe(false);
    expect(isPanelMemberOf(foldPetition(IN_HANDLING), 'judge-1')).toBe(false);
    expect(isPanelMemberOf(foldPetition([]), 'judge-1')).toBe(false);
  });

  it('isPanelMemberOf still holds after the hearing concluded', () => {
    expect(isPanelMemberOf(foldPetition([...IN_HANDLING, hearingScheduled(), hearingConcluded()]), 'deputy-1')).toBe(true);
  });

  it('openHearing and activeMediation find what is still running', () => {
    expect(openHearing(withHearing)?.hearingId).toBe('H1');
    expect(openHearing(foldPetition([...IN_HANDLING, hearingScheduled(), hearingConcluded()]))).toBeUndefined();
    expect(activeMediation(foldPetition([...IN_HANDLING, mediationStarted]))).toMatchObject({ status: 'active' });
    expect(activeMediation(foldPetition([...IN_HANDLING, mediationStarted, mediationFailed]))).toBeUndefined();
  });
});
