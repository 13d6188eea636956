import { RuleViolationError } from '../core/petition.errors.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { given } from '../testing/given.js';
import { violationsOf } from '../testing/handling.fixtures.js';
import { PETITION_ID, petitionRegistered, registerPetition } from '../testing/petition.fixtures.js';
import { decideAcceptance } from '../testing/petition.fixtures.js';

const concludedEarlier = { petitionId: 'a7c1e0f2-0000-4000-8000-000000000001', receiptNumber: 'XF20240311-7RKD2M9Q' };
const stillOpen = { petitionId: 'a7c1e0f2-0000-4000-8000-000000000002', receiptNumber: 'XF20260102-K3P8W1XZ' };
const accept = { decision: 'accepted', handlingUnit: '射阳县住房和城乡建设局', decidedAt: '2026-11-25' } as const;

describe('repeat matters (Art. 36 ¶3)', () => {
  describe('at registration', () => {
    it('links a case concluded by a final review and tags the new one repeat', () => {
      given(petitionDecider, [])
        .when(registerPetition({ priorConcludedCases: [concludedEarlier] }))
        .then([petitionRegistered({ priorConcludedCases: [concludedEarlier], backlogKinds: ['repeat'] })]);
    });

    it('links earlier cases not concluded, tagging repeat once beside the kinds given', () => {
      given(petitionDecider, [])
        .when(registerPetition({ relatedCases: [stillOpen, stillOpen], backlogKinds: ['four_level', 'repeat'] }))
        .then([petitionRegistered({ relatedCases: [stillOpen], backlogKinds: ['four_level', 'repeat'] })]);
    });

    it('flags the state as a concluded matter only for a final-review conclusion', () => {
      expect(foldPetition([petitionRegistered({ priorConcludedCases: [concludedEarlier], relatedCases: [stillOpen], backlogKinds: ['repeat'] })])).toMatchObject({
        concludedMatter: true,
        priorConcludedCases: [concludedEarlier],
        relatedCases: [stillOpen],
        backlogKinds: ['repeat'],
      });
      expect(foldPetition([petitionRegistered({ relatedCases: [stillOpen], backlogKinds: ['repeat'] })])).toMatchObject({ concludedMatter: false, priorConcludedCases: [] });
    });

    it('refuses a link without ids, or to the petition itself', () => {
      const violations = given(petitionDecider, [])
        .when(registerPetition({ priorConcludedCases: [{ petitionId: '', receiptNumber: ' ' }], relatedCases: [{ petitionId: PETITION_ID, receiptNumber: 'XF20261120-M45CS3RA' }] }))
        .thenThrows(RuleViolationError).violations;
      expect(violations).toEqual([
        { field: 'priorConcludedCases[0].petitionId', message: 'must not be blank' },
        { field: 'priorConcludedCases[0].receiptNumber', message: 'must not be blank' },
        { field: 'relatedCases[0].petitionId', message: 'must be an earlier petition, not this one' },
      ]);
    });
  });

  describe('at acceptance', () => {
    const concludedMatter = petitionRegistered({ priorConcludedCases: [concludedEarlier], backlogKinds: ['repeat'] });

    it('refuses to accept a concluded matter without new facts and reasons', () => {
      expect(violationsOf([concludedMatter], decideAcceptance(accept))).toEqual([
        {
          field: 'newFactsAndReasons',
          message: 'the same matter was concluded by a final review (XF20240311-7RKD2M9Q); it is accepted again only on new facts and reasons (条例 Art. 36 ¶3)',
        },
      ]);
      expect(violationsOf([concludedMatter], decideAcceptance({ ...accept, newFactsAndReasons: '  ' }))).toEqual([
        { field: 'newFactsAndReasons', message: 'must not be blank' },
      ]);
    });

    it('accepts it with new facts and reasons, recorded in the event', () => {
      given(petitionDecider, [concludedMatter])
        .when(decideAcceptance({ ...accept, newFactsAndReasons: '2026 年新发现补偿协议附件未履行' }))
        .then([
          {
            type: 'PetitionAccepted',
            data: { decidedAt: '2026-11-25', handlingUnit: '射阳县住房和城乡建设局', handlerId: 'clerk-7', newFactsAndReasons: '2026 年新发现补偿协议附件未履行' },
          },
        ]);
    });

    it('may refuse to accept it without them', () => {
      given(petitionDecider, [concludedMatter])
        .when(decideAcceptance({ decision: 'not_accepted', reason: '同一事项已经复核终结', decidedAt: '2026-11-25' }))
        .then([{ type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-25', reason: '同一事项已经复核终结' } }]);
    });

    it('accepts a matter only related to open cases without new facts', () => {
      given(petitionDecider, [petitionRegistered({ relatedCases: [stillOpen], backlogKinds: ['repeat'] })])
        .when(decideAcceptance(accept))
        .then([{ type: 'PetitionAccepted', data: { decidedAt: '2026-11-25', handlingUnit: '射阳县住房和城乡建设局', handlerId: 'clerk-7' } }]);
    });
  });
});

describe("the case's handler, recorded at acceptance", () => {
  it('is the clerk who accepts, unless another is named', () => {
    given(petitionDecider, [petitionRegistered()])
      .when(decideAcceptance({ ...accept, handlerId: 'clerk-9' }))
      .then([{ type: 'PetitionAccepted', data: { decidedAt: '2026-11-25', handlingUnit: '射阳县住房和城乡建设局', handlerId: 'clerk-9' } }]);
  });

  it('is named by a non-blank id', () => {
    expect(violationsOf([petitionRegistered()], decideAcceptance({ ...accept, handlerId: '' }))).toEqual([{ field: 'handlerId', message: 'must not be blank' }]);
  });
});
