import type { PetitionEvent } from './petition.events.js';
import { foldPetition } from './petition.evolve.js';
import { PETITION_STAGES, allowedNextSteps } from './petition.steps.js';
import { assignedToTownship, forwardedToLabourBureau, petitionRegistered } from './testing/petition.fixtures.js';

const registeredLawCase = petitionRegistered({ category: 'law_litigation' });

describe('allowedNextSteps', () => {
  it('offers only registration when there is no petition', () => {
    expect(allowedNextSteps(foldPetition([]))).toEqual(['register']);
  });

  it('offers every acceptance decision to a registered law-and-litigation petition', () => {
    expect(allowedNextSteps(foldPetition([registeredLawCase]))).toEqual(['accept', 'not_accept', 'forward', 'assign', 'divert']);
  });

  it('leaves out diverting for the other categories', () => {
    expect(allowedNextSteps(foldPetition([petitionRegistered({ category: 'agriculture_rural' })]))).toEqual([
      'accept',
      'not_accept',
      'forward',
      'assign',
    ]);
  });

  it.each([forwardedToLabourBureau, assignedToTownship])('offers only acceptance after %p', (handover) => {
    expect(allowedNextSteps(foldPetition([registeredLawCase, handover]))).toEqual(['accept']);
  });

  it.each<PetitionEvent>([
    { type: 'PetitionAccepted', data: { decidedAt: '2026-11-25', handlingUnit: '射阳县住房和城乡建设局' } },
    { type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-25', reason: '不属于信访事项' } },
    { type: 'PetitionDiverted', data: { decidedAt: '2026-11-25', toOrgan: '射阳县人民法院' } },
  ])('offers no acceptance decision after %p', (decided) => {
    expect(allowedNextSteps(foldPetition([registeredLawCase, decided]))).toEqual([]);
  });

  it('knows every stage', () => {
    expect(PETITION_STAGES).toEqual(['registered', 'forwarded', 'assigned', 'accepted', 'not_accepted', 'diverted']);
  });
});
