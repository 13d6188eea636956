import type { PetitionEvent } from './petition.events.js';
import { foldPetition } from './petition.evolve.js';
import { PETITION_STAGES, allowedNextSteps } from './petition.steps.js';
import { ALL_OPINIONS, CLOSED, IN_HANDLING, OPINION_SERVED, REVIEWED, UNDER_FINAL_REVIEW, UNDER_REVIEW, hearingConcluded, hearingScheduled, mediationStarted } from '../testing/handling.fixtures.js';
import { assignedToTownship, forwardedToLabourBureau, petitionRegistered } from '../testing/petition.fixtures.js';

const registeredLawCase = petitionRegistered({ category: 'law_litigation' });

describe('allowedNextSteps', () => {
  it('offers only registration when there is no petition', () => {
    expect(allowedNextSteps(foldPetition([]))).toEqual(['register']);
  });

  it('offers every acceptance decision to a registered law-and-litigation petition', () => {
    expect(allowedNextSteps(foldPetition([registeredLawCase]))).toEqual(['accept', 'not_accept', 'forward', 'assign', 'divert', 'channel', 'reclassify']);
  });

  it('leaves out diverting for the other categories', () => {
    expect(allowedNextSteps(foldPetition([petitionRegistered({ category: 'agriculture_rural' })]))).toEqual([
      'accept',
      'not_accept',
      'forward',
      'assign',
      'channel',
      'reclassify',
    ]);
  });

  it.each([forwardedToLabourBureau, assignedToTownship])('offers acceptance or an objection after %p', (handover) => {
    expect(allowedNextSteps(foldPetition([registeredLawCase, handover]))).toEqual(['accept', 'object', 'sign_for_case', 'reclassify', 'change_claim_type']);
  });

  it.each<PetitionEvent>([
    { type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-25', reason: '不属于信访事项' } },
    { type: 'PetitionDiverted', data: { decidedAt: '2026-11-25', toOrgan: '射阳县人民法院' } },
  ])('offers only reclassification after %p', (decided) => {
    expect(allowedNextSteps(foldPetition([registeredLawCase, decided]))).toEqual(['reclassify', 'change_claim_type']);
  });

  it('knows every stage', () => {
    expect(PETITION_STAGES).toEqual([
      'registered',
      'forwarded',
      'assigned',
      'objected',
      'accepted',
      'not_accepted',
      'diverted',
      'channelled',
      'opinion_served',
      'closed',
      'under_review',
      'reviewed',
      'under_final_review',
      'concluded',
    ]);
  });

  describe('in handling', () => {
    it('offers hearings, mediation, the extension, the opinion and closure', () => {
      expect(allowedNextSteps(foldPetition(IN_HANDLING))).toEqual(['schedule_hearing', 'start_mediation', 'extend', 'issue_opinion', 'close', 'reclassify', 'change_claim_type']);
    });

    it('offers the steps of a scheduled hearing, and holds back what must wait for it', () => {
      expect(allowedNextSteps(foldPetition([...IN_HANDLING, hearingScheduled()]))).toEqual([
        'adjourn_hearing',
        'cancel_hearing',
        'record_panel_opinion',
        'conclude_hearing',
        'request_recusal',
        'start_mediation',
        'extend',
        'reclassify',
        'change_claim_type',
      ]);
    });

    it('offers the mediation steps while one runs, and no second extension', () => {
      const events: PetitionEvent[] = [...IN_HANDLING, mediationStarted, { type: 'HandlingExtended', data: { extendedOn: '2027-01-20', days: 10, reason: '调查', approver: '黄志强' } }];
      expect(allowedNextSteps(foldPetition(events))).toEqual(['schedule_hearing', 'record_mediation_session', 'record_mediation_agreement', 'record_mediation_failure', 'reclassify', 'change_claim_type']);
    });

    it('offers a new hearing once the last one concluded', () => {
      expect(allowedNextSteps(foldPetition([...IN_HANDLING, hearingScheduled(), ...ALL_OPINIONS, hearingConcluded()]))).toContain('schedule_hearing');
    });
  });

  it.each([
    ['opinion_served', OPINION_SERVED, ['close', 'request_review', 'reclassify', 'change_claim_type']],
    ['closed', CLOSED, ['rate', 'request_review', 'reclassify', 'change_claim_type']],
    ['under_review', UNDER_REVIEW, ['schedule_hearing', 'issue_review_opinion', 'rate', 'reclassify', 'change_claim_type']],
    ['reviewed', REVIEWED, ['request_final_review', 'rate', 'reclassify', 'change_claim_type']],
    ['under_final_review', UNDER_FINAL_REVIEW, ['schedule_hearing', 'issue_final_review_opinion', 'rate', 'reclassify', 'change_claim_type']],
  ] as const)('offers in stage %s: %p', (_stage, events, steps) => {
    expect(allowedNextSteps(foldPetition([...events]))).toEqual(steps);
  });
});
