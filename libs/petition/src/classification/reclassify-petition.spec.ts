import type { Reclassify } from './classification.commands.js';
import type { PetitionReclassified } from './classification.events.js';
import { TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { CLOSED, CONCLUDED, IN_HANDLING, command, violationsOf } from '../testing/handling.fixtures.js';
import { registered } from '../testing/handling.fixtures.js';
import { decideAcceptance } from '../testing/petition.fixtures.js';
import { forwardedToLabourBureau, petitionRegistered } from '../testing/petition.fixtures.js';

function reclassify(data: Partial<Reclassify['data']>): Reclassify {
  return command<Reclassify>('Reclassify', { reason: '经核实属劳动报酬争议', reclassifiedOn: '2026-11-27', ...data });
}

const toLabour: PetitionReclassified = {
  type: 'PetitionReclassified',
  data: {
    reclassifiedOn: '2026-11-27',
    reason: '经核实属劳动报酬争议',
    category: 'labour_social_security',
    backlogKinds: [],
    previous: { category: 'housing_construction', backlogKinds: [] },
  },
};

describe('Reclassify', () => {
  it('changes the category, recording the one it replaces', () => {
    given(petitionDecider, IN_HANDLING).when(reclassify({ category: 'labour_social_security' })).then([toLabour]);
  });

  it('replaces the backlog kinds with the set given', () => {
    given(petitionDecider, [petitionRegistered({ backlogKinds: ['four_level'] })])
      .when(reclassify({ backlogKinds: ['long_standing', 'four_level', 'long_standing'] }))
      .then([
        {
          type: 'PetitionReclassified',
          data: {
            reclassifiedOn: '2026-11-27',
            reason: '经核实属劳动报酬争议',
            category: 'housing_construction',
            backlogKinds: ['long_standing', 'four_level'],
            previous: { category: 'housing_construction', backlogKinds: ['four_level'] },
          },
        },
      ]);
  });

  it('shows the new classification and keeps the history of reclassifications', () => {
    expect(foldPetition([...IN_HANDLING, toLabour])).toMatchObject({
      status: 'accepted',
      category: 'labour_social_security',
      reclassifications: [toLabour.data],
      timeline: [{ event: 'PetitionRegistered' }, { event: 'PetitionAccepted' }, { event: 'PetitionReclassified', date: '2026-11-27' }],
    });
  });

  it('makes a petition reclassified as 涉法涉诉 divertible', () => {
    const lawCase: PetitionEvent = { ...toLabour, data: { ...toLabour.data, category: 'law_litigation' } };
    expect(allowedNextSteps(foldPetition([registered, lawCase]))).toContain('divert');
  });

  it('is refused when it changes nothing, whatever the order of the kinds', () => {
    expect(violationsOf(IN_HANDLING, reclassify({ category: 'housing_construction' }))).toEqual([
      { field: 'category', message: 'changes neither the category nor the backlog kinds' },
    ]);
    expect(violationsOf([petitionRegistered({ backlogKinds: ['repeat', 'four_level'] })], reclassify({ backlogKinds: ['four_level', 'repeat'] }))).toEqual([
      { field: 'backlogKinds', message: 'changes neither the category nor the backlog kinds' },
    ]);
    expect(violationsOf(IN_HANDLING, reclassify({}))).toEqual([{ field: 'category', message: 'changes neither the category nor the backlog kinds' }]);
  });

  it('may not drop repeat from a case linked to earlier cases of the same matter', () => {
    const linked = petitionRegistered({ relatedCases: [{ petitionId: 'p-0', receiptNumber: 'XF20250101-AAAAAAAA' }], backlogKinds: ['repeat'] });
    expect(violationsOf([linked], reclassify({ backlogKinds: [] }))).toEqual([
      { field: 'backlogKinds', message: 'must keep repeat: the case is linked to earlier cases of the same person and matter' },
    ]);
  });

  it('may drop a repeat tag a clerk set by hand', () => {
    given(petitionDecider, [petitionRegistered({ backlogKinds: ['repeat'] })])
      .when(reclassify({ backlogKinds: [] }))
      .then([
        {
          type: 'PetitionReclassified',
          data: { reclassifiedOn: '2026-11-27', reason: '经核实属劳动报酬争议', category: 'housing_construction', backlogKinds: [], previous: { category: 'housing_construction', backlogKinds: ['repeat'] } },
        },
      ]);
  });

  it('needs a reason, known values and a date not before the latest step', () => {
    expect(violationsOf(IN_HANDLING, reclassify({ category: 'environment' as never, backlogKinds: ['old' as never], reason: '', reclassifiedOn: '2026-11-24' }))).toEqual([
      { field: 'category', message: 'must be one of housing_construction, labour_social_security, agriculture_rural, law_litigation' },
      { field: 'backlogKinds[0]', message: 'must be one of four_level, long_standing, repeat' },
      { field: 'reason', message: 'must not be blank' },
      { field: 'reclassifiedOn', message: 'must not precede the acceptance on 2026-11-25' },
    ]);
  });

  it('is a side step: the acceptance that follows may be dated before it', () => {
    given(petitionDecider, [registered, toLabour])
      .when(decideAcceptance({ decision: 'accepted', handlingUnit: '射阳县人力资源和社会保障局', decidedAt: '2026-11-23' }))
      .then([{ type: 'PetitionAccepted', data: { decidedAt: '2026-11-23', handlingUnit: '射阳县人力资源和社会保障局', handlerId: 'clerk-7' } }]);
  });

  it.each([
    ['registered', [registered]],
    ['forwarded', [registered, forwardedToLabourBureau]],
    ['closed', CLOSED],
  ] as const)('is allowed in stage %s', (_stage, history) => {
    given(petitionDecider, [...history])
      .when(reclassify({ category: 'agriculture_rural', reclassifiedOn: '2027-03-01' }))
      .then([{ type: 'PetitionReclassified', data: { ...toLabour.data, category: 'agriculture_rural', reclassifiedOn: '2027-03-01' } }]);
  });

  it('is refused once the matter is concluded', () => {
    given(petitionDecider, CONCLUDED)
      .when(reclassify({ category: 'agriculture_rural', reclassifiedOn: '2027-05-01' }))
      .thenThrows(TransitionRefusedError, { stage: 'concluded', step: 'reclassify', allowedNext: [] });
  });
});
