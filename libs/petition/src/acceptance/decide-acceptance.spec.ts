import { PetitionNotFoundError, RuleViolationError, TransitionRefusedError } from '../core/petition.errors.js';
import type { AcceptanceDecision } from './acceptance.commands.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { petitionDecider } from '../core/petition.decider.js';
import { given } from '../testing/given.js';
import { assignedToTownship, forwardedToLabourBureau, petitionRegistered } from '../testing/petition.fixtures.js';
import { decideAcceptance } from '../testing/petition.fixtures.js';

const registered = petitionRegistered();
const registeredLawCase = petitionRegistered({ category: 'law_litigation' });

const decisions = {
  accepted: { decision: 'accepted', handlingUnit: '射阳县住房和城乡建设局' },
  not_accepted: { decision: 'not_accepted', reason: '已经或者依法应当通过诉讼解决' },
  forwarded: { decision: 'forwarded', toUnit: '射阳县人力资源和社会保障局' },
  assigned: { decision: 'assigned', toUnit: '合德镇人民政府', reportBy: '2026-12-15' },
  diverted: { decision: 'diverted', toOrgan: '射阳县人民法院' },
  channelled: { decision: 'channelled', procedure: 'arbitration', receivingBody: '射阳县劳动人事争议仲裁委员会' },
} satisfies Record<AcceptanceDecision['decision'], AcceptanceDecision>;

function violationsOf(history: PetitionEvent[], data: Parameters<typeof decideAcceptance>[0], now?: Date) {
  return given(petitionDecider, history).when(decideAcceptance(data, now)).thenThrows(RuleViolationError).violations;
}

describe('DecideAcceptance', () => {
  describe('from registered, each of the five decisions', () => {
    it('accepts, with the handling unit and note', () => {
      given(petitionDecider, [registered])
        .when(decideAcceptance({ ...decisions.accepted, note: '请于 60 日内办结', decidedAt: '2026-11-25' }))
        .then([{ type: 'PetitionAccepted', data: { decidedAt: '2026-11-25', handlingUnit: '射阳县住房和城乡建设局', handlerId: 'clerk-7', note: '请于 60 日内办结' } }]);
    });

    it('does not accept, with the reason', () => {
      given(petitionDecider, [registered])
        .when(decideAcceptance({ ...decisions.not_accepted, decidedAt: '2026-11-25' }))
        .then([{ type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-25', reason: '已经或者依法应当通过诉讼解决' } }]);
    });

    it('forwards (转送) to a unit', () => {
      given(petitionDecider, [registered])
        .when(decideAcceptance({ ...decisions.forwarded, decidedAt: '2026-11-23' }))
        .then([forwardedToLabourBureau]);
    });

    it('assigns (交办) to a unit', () => {
      given(petitionDecider, [registered])
        .when(decideAcceptance({ ...decisions.assigned, decidedAt: '2026-11-24' }))
        .then([{ ...assignedToTownship, data: { ...assignedToTownship.data, reportBy: '2026-12-15' } } as PetitionEvent]);
    });

    it('refuses an assignment without the date its completion report is due (DOMAIN.md: an assignment carries a report-by date)', () => {
      expect(violationsOf([registered], { decision: 'assigned', toUnit: '合德镇人民政府', decidedAt: '2026-11-24' })).toEqual([
        { field: 'reportBy', message: 'is required for an assignment: the date the unit reports completion by' },
      ]);
    });

    it('diverts a law- and litigation-related petition to the court', () => {
      given(petitionDecider, [registeredLawCase])
        .when(decideAcceptance({ ...decisions.diverted, reason: '诉访分离', decidedAt: '2026-11-25' }))
        .then([{ type: 'PetitionDiverted', data: { decidedAt: '2026-11-25', toOrgan: '射阳县人民法院', reason: '诉访分离' } }]);
    });

    it('channels a claim into its legal procedure, whatever its category, recording the claim type when given', () => {
      given(petitionDecider, [registered])
        .when(decideAcceptance({ ...decisions.channelled, claimType: 'claim', reason: '劳动争议应申请仲裁', decidedAt: '2026-11-25' }))
        .then([{ type: 'PetitionChannelled', data: { decidedAt: '2026-11-25', procedure: 'arbitration', receivingBody: '射阳县劳动人事争议仲裁委员会', reason: '劳动争议应申请仲裁', claimType: 'claim' } }]);
    });

    it('channels claims only, into a known procedure', () => {
      expect(violationsOf([registered], { ...decisions.channelled, claimType: 'suggestion' })).toEqual([{ field: 'decision', message: 'only a claim (申诉求决类) is channelled into a legal procedure' }]);
      expect(violationsOf([registered], { ...decisions.channelled, procedure: 'mediation' as never })).toEqual([
        { field: 'procedure', message: expect.stringContaining('must be one of litigation, procuratorial, arbitration') },
      ]);
    });

    it('records a report-by date with an assignment, after it', () => {
      given(petitionDecider, [registered])
        .when(decideAcceptance({ ...decisions.assigned, reportBy: '2026-12-24', decidedAt: '2026-11-24' }))
        .then([{ ...assignedToTownship, data: { ...assignedToTownship.data, reportBy: '2026-12-24' } } as PetitionEvent]);
      expect(violationsOf([registered], { ...decisions.assigned, reportBy: '2026-11-24', decidedAt: '2026-11-24' })).toEqual([{ field: 'reportBy', message: 'must come after the assignment on 2026-11-24' }]);
    });

    it('refuses to divert a petition of another category', () => {
      expect(violationsOf([registered], decisions.diverted)).toEqual([
        { field: 'decision', message: 'only a law_litigation (涉法涉诉) petition may be diverted; this one is housing_construction' },
      ]);
    });
  });

  describe('decidedAt', () => {
    it('defaults to today in Shanghai, which may be tomorrow in UTC', () => {
      given(petitionDecider, [registered])
        .when(decideAcceptance(decisions.accepted, new Date('2026-11-29T17:00:00Z')))
        .then([{ type: 'PetitionAccepted', data: { decidedAt: '2026-11-30', handlingUnit: '射阳县住房和城乡建设局', handlerId: 'clerk-7' } }]);
    });

    it('may be the day the petition was received', () => {
      given(petitionDecider, [registered])
        .when(decideAcceptance({ ...decisions.not_accepted, decidedAt: '2026-11-20' }))
        .then([{ type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-20', reason: '已经或者依法应当通过诉讼解决' } }]);
    });

    it('may not be in the future in Shanghai', () => {
      expect(violationsOf([registered], { ...decisions.accepted, decidedAt: '2026-12-01' })).toEqual([
        { field: 'decidedAt', message: 'must not be in the future (today in Shanghai is 2026-11-30)' },
      ]);
    });

    it('may not precede the receipt of the petition', () => {
      expect(violationsOf([registered], { ...decisions.accepted, decidedAt: '2026-11-19' })).toEqual([
        { field: 'decidedAt', message: 'must not precede the receipt on 2026-11-20' },
      ]);
    });

    it('may not precede the forwarding it follows', () => {
      expect(violationsOf([registered, forwardedToLabourBureau], { ...decisions.accepted, decidedAt: '2026-11-22' })).toEqual([
        { field: 'decidedAt', message: 'must not precede the forwarding on 2026-11-23' },
      ]);
    });

    it('must be a real date', () => {
      expect(violationsOf([registered], { ...decisions.accepted, decidedAt: '2026-11-31' })).toEqual([
        { field: 'decidedAt', message: 'must be a real date written YYYY-MM-DD' },
      ]);
    });
  });

  describe('after a handover, the receiving unit takes the case', () => {
    it.each([
      ['forwarded', forwardedToLabourBureau],
      ['assigned', assignedToTownship],
    ])('accepts a %s petition', (_stage, handover) => {
      given(petitionDecider, [registered, handover])
        .when(decideAcceptance({ decision: 'accepted', handlingUnit: '合德镇人民政府', decidedAt: '2026-11-26' }))
        .then([{ type: 'PetitionAccepted', data: { decidedAt: '2026-11-26', handlingUnit: '合德镇人民政府', handlerId: 'clerk-7' } }]);
    });

    it.each([
      ['forwarded', forwardedToLabourBureau, 'not_accepted', 'not_accept'],
      ['forwarded', forwardedToLabourBureau, 'forwarded', 'forward'],
      ['forwarded', forwardedToLabourBureau, 'assigned', 'assign'],
      ['assigned', assignedToTownship, 'not_accepted', 'not_accept'],
      ['assigned', assignedToTownship, 'forwarded', 'forward'],
      ['assigned', assignedToTownship, 'assigned', 'assign'],
    ] as const)('refuses a %s petition the decision %s', (stage, handover, decision, step) => {
      given(petitionDecider, [registeredLawCase, handover])
        .when(decideAcceptance(decisions[decision]))
        .thenThrows(TransitionRefusedError, { stage, step, command: 'DecideAcceptance', allowedNext: ['accept', 'object', 'sign_for_case', 'reclassify', 'change_claim_type'] });
    });

    it('refuses to divert a forwarded law-and-litigation petition', () => {
      given(petitionDecider, [registeredLawCase, forwardedToLabourBureau])
        .when(decideAcceptance(decisions.diverted))
        .thenThrows(TransitionRefusedError, { stage: 'forwarded', step: 'divert', allowedNext: ['accept', 'object', 'sign_for_case', 'reclassify', 'change_claim_type'] });
    });
  });

  describe('a second decision after a final one is refused, naming the stage', () => {
    const handlingSteps = ['schedule_hearing', 'start_mediation', 'extend', 'issue_opinion', 'close', 'reclassify', 'change_claim_type'];
    const finalDecisions: [string, PetitionEvent, string[]][] = [
      ['accepted', { type: 'PetitionAccepted', data: { decidedAt: '2026-11-25', handlingUnit: '射阳县住房和城乡建设局', handlerId: 'clerk-7' } }, handlingSteps],
      ['not_accepted', { type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-25', reason: '不属于信访事项' } }, ['reclassify', 'change_claim_type']],
      ['diverted', { type: 'PetitionDiverted', data: { decidedAt: '2026-11-25', toOrgan: '射阳县人民法院' } }, ['reclassify', 'change_claim_type']],
    ];
    const cases = finalDecisions.flatMap(([stage, decided, allowedNext]) => Object.values(decisions).map((next) => [stage, decided, next, allowedNext] as const));

    it.each(cases)('in stage %s, refuses %p', (stage, decided, next, allowedNext) => {
      const error = given(petitionDecider, [registeredLawCase, decided])
        .when(decideAcceptance(next))
        .thenThrows(TransitionRefusedError, { stage, allowedNext });
      expect(error.message).toContain(`stage ${stage}`);
    });

    it('before looking at the content of the decision', () => {
      given(petitionDecider, [registered, finalDecisions[0]![1]])
        .when(decideAcceptance({ decision: 'accepted', handlingUnit: '', decidedAt: '2030-01-01' }))
        .thenThrows(TransitionRefusedError, { stage: 'accepted' });
    });
  });

  it('is refused for a petition that does not exist', () => {
    given(petitionDecider, []).when(decideAcceptance(decisions.accepted)).thenThrows(PetitionNotFoundError, { command: 'DecideAcceptance' });
  });

  describe('content', () => {
    it.each([
      [{ decision: 'accepted', handlingUnit: ' ' }, 'handlingUnit'],
      [{ decision: 'not_accepted', reason: '' }, 'reason'],
      [{ decision: 'forwarded', toUnit: '' }, 'toUnit'],
      [{ decision: 'assigned', toUnit: '\n', reportBy: '2026-12-15' }, 'toUnit'],
      [{ decision: 'diverted', toOrgan: '' }, 'toOrgan'],
    ] as const)('%p needs a non-blank %s', (decision, field) => {
      expect(violationsOf([registeredLawCase], decision)).toEqual([{ field, message: 'must not be blank' }]);
    });

    it.each([
      [{ ...decisions.accepted, note: '注'.repeat(2001) }, 'note', 2000],
      [{ ...decisions.forwarded, note: '注'.repeat(2001) }, 'note', 2000],
      [{ decision: 'not_accepted', reason: '由'.repeat(2001) }, 'reason', 2000],
      [{ ...decisions.diverted, reason: '由'.repeat(2001) }, 'reason', 2000],
      [{ decision: 'accepted', handlingUnit: '单'.repeat(201) }, 'handlingUnit', 200],
      [{ decision: 'diverted', toOrgan: '单'.repeat(201) }, 'toOrgan', 200],
    ] as const)('limits %s', (decision, field, max) => {
      expect(violationsOf([registeredLawCase], decision)).toEqual([{ field, message: `must be at most ${max} characters` }]);
    });

    it('refuses an unknown decision', () => {
      expect(violationsOf([registered], { decision: 'postponed' } as never)).toEqual([
        { field: 'decision', message: 'must be one of accepted, not_accepted, forwarded, assigned, diverted, channelled' },
      ]);
    });

    it('lists every broken rule of the decision together', () => {
      const violations = violationsOf([registered], { decision: 'diverted', toOrgan: '', reason: ' ', decidedAt: '2026-11-01' });
      expect(violations.map((v) => v.field)).toEqual(['decidedAt', 'decision', 'toOrgan', 'reason']);
    });
  });
});
