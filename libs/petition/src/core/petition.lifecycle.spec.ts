import type { PetitionCommand } from './petition.commands.js';
import { decide } from './petition.decider.js';
import type { PetitionEvent } from './petition.events.js';
import { evolve, foldPetition } from './petition.evolve.js';
import { hearingOf, isPanelMemberOf } from './petition.queries.js';
import { initialState, type PetitionState } from './petition.state.js';
import { allowedNextSteps } from './petition.steps.js';
import { ATTENDEES, LATER, PANEL, command, panelist } from '../testing/handling.fixtures.js';
import { decideAcceptance } from '../testing/petition.fixtures.js';
import { registerPetition } from '../testing/petition.fixtures.js';

const opinionOf = (hearingId: string, memberId: string, givenOn: string) =>
  command('RecordPanelOpinion', { hearingId, memberId, opinion: 'partially_supports', reasoning: '部分支持', givenOn }, { actor: panelist(memberId) });

/** One case from intake to 终结, every step decided from the state the steps before it left. */
const STEPS: PetitionCommand[] = [
  registerPetition({}, LATER),
  decideAcceptance({ decision: 'forwarded', toUnit: '射阳县人力资源和社会保障局', decidedAt: '2026-11-23' }, LATER),
  command('RaiseObjection', { unit: '射阳县人力资源和社会保障局', reason: '不属于本单位职责', objectedAt: '2026-11-24' }),
  decideAcceptance({ decision: 'accepted', handlingUnit: '射阳县住房和城乡建设局', decidedAt: '2026-11-25' }, LATER),
  command('Reclassify', { backlogKinds: ['long_standing'], reason: '2024 年起多次信访', reclassifiedOn: '2026-11-26' }),
  command('ScheduleHearing', { hearingId: 'H1', scheduledOn: '2026-12-01', hearingDate: '2026-12-10', venue: '射阳县信访局模拟法庭', panel: PANEL, attendees: ATTENDEES }),
  ...PANEL.map((member) => opinionOf('H1', member.memberId, '2026-12-10')),
  command('ConcludeHearing', { hearingId: 'H1', conclusion: 'partially_supports', findings: '欠付属实', resolutionPlan: '限期支付', resolveBy: '2027-01-15', concludedOn: '2026-12-11' }, { actor: panelist('chair-1') }),
  command('StartMediation', { mediator: '合德镇人民调解委员会', startedOn: '2026-12-14' }),
  command('RecordMediationSession', { attendees: ['张建国'], summary: '协商期限', delayRequestedBy: 'unit', delayReason: '资金待批', heldOn: '2026-12-18' }),
  command('RecordMediationFailure', { reason: '利息分歧', failedOn: '2026-12-28' }),
  command('ExtendHandling', { days: 15, reason: '补充调查', approver: '黄志强', extendedOn: '2027-01-20' }),
  command('IssueOpinion', { outcome: 'supported', request: '支付补偿款', facts: '欠付属实', reasons: '协议有效', legalBasis: '民法典第五百零九条', servedOn: '2027-02-01' }),
  command('ClosePetition', { outcome: 'opinion_served', closedOn: '2027-02-02' }),
  command('RecordRating', { rating: 'dissatisfied', ratedOn: '2027-02-03' }),
  command('RequestReview', { requestedBy: '张建国', reasons: '利息未获支持', requestedOn: '2027-02-20' }),
  command('IssueReviewOpinion', { outcome: 'upheld', reasons: '维持', reviewingOrgan: '射阳县人民政府', servedOn: '2027-03-15' }),
  command('RequestFinalReview', { requestedBy: '张建国', reasons: '仍不服', requestedOn: '2027-04-01' }),
  command('ScheduleHearing', { hearingId: 'H2', scheduledOn: '2027-04-06', hearingDate: '2027-04-13', venue: '盐城市信访局', panel: PANEL, attendees: ATTENDEES }),
  ...PANEL.map((member) => opinionOf('H2', member.memberId, '2027-04-13')),
  command('ConcludeHearing', { hearingId: 'H2', conclusion: 'does_not_support', findings: '复查正确', resolutionPlan: '维持', resolveBy: '2027-05-14', concludedOn: '2027-04-14' }, { actor: panelist('chair-1') }),
  command('IssueFinalReviewOpinion', { outcome: 'upheld', reasons: '复查意见正确', reviewingOrgan: '盐城市人民政府', servedOn: '2027-04-28' }),
];

function run(commands: PetitionCommand[]): { events: PetitionEvent[]; stages: string[]; state: PetitionState } {
  let state = initialState();
  const events: PetitionEvent[] = [];
  const stages: string[] = [];
  for (const next of commands) {
    const decided = decide(next, state);
    events.push(...decided);
    state = decided.reduce(evolve, state);
    if (stages.at(-1) !== state.status) stages.push(state.status);
  }
  return { events, stages, state };
}

describe('a petition from intake to conclusion', () => {
  const { events, stages, state } = run(STEPS);

  it('passes through every stage of the lifecycle', () => {
    expect(stages).toEqual(['registered', 'forwarded', 'objected', 'accepted', 'opinion_served', 'closed', 'under_review', 'reviewed', 'under_final_review', 'concluded']);
    expect(allowedNextSteps(state)).toEqual([]);
  });

  it('ends concluded, carrying every record a reader of the case needs', () => {
    expect(state).toMatchObject({
      status: 'concluded',
      backlogKinds: ['long_standing'],
      objections: [{ unit: '射阳县人力资源和社会保障局', objectedAt: '2026-11-24' }],
      reclassifications: [{ reclassifiedOn: '2026-11-26', backlogKinds: ['long_standing'] }],
      acceptance: { decidedAt: '2026-11-25', handlerId: 'clerk-7' },
      hearings: [
        { hearingId: 'H1', stage: 'accepted', status: 'concluded', scheduledOn: '2026-12-01', conclusion: { concludedOn: '2026-12-11' } },
        { hearingId: 'H2', stage: 'under_final_review', status: 'concluded', scheduledOn: '2027-04-06', conclusion: { concludedOn: '2027-04-14' } },
      ],
      mediations: [{ status: 'failed', sessions: [{ delayRequestedBy: 'unit' }], failure: { failedOn: '2026-12-28' } }],
      extension: { days: 15 },
      opinion: { servedOn: '2027-02-01', outcome: 'supported' },
      closure: { closedOn: '2027-02-02', outcome: 'opinion_served' },
      rating: { rating: 'dissatisfied' },
      review: { request: { requestedOn: '2027-02-20' }, opinion: { servedOn: '2027-03-15' } },
      finalReview: { request: { requestedOn: '2027-04-01' }, opinion: { servedOn: '2027-04-28', outcome: 'upheld' } },
    });
    expect(hearingOf(state, 'H2')?.opinions).toHaveLength(PANEL.length);
  });

  it('shows each step with its business date in the timeline', () => {
    if (state.status === 'none') throw new Error('no petition');
    expect(state.timeline).toHaveLength(events.length);
    expect(state.timeline.filter((entry) => !['PanelOpinionRecorded'].includes(entry.event))).toEqual([
      { event: 'PetitionRegistered', date: '2026-11-20' },
      { event: 'PetitionForwarded', date: '2026-11-23' },
      { event: 'UnitObjected', date: '2026-11-24' },
      { event: 'PetitionAccepted', date: '2026-11-25' },
      { event: 'PetitionReclassified', date: '2026-11-26' },
      { event: 'HearingScheduled', date: '2026-12-01' },
      { event: 'HearingConcluded', date: '2026-12-11' },
      { event: 'MediationStarted', date: '2026-12-14' },
      { event: 'MediationSessionHeld', date: '2026-12-18' },
      { event: 'MediationFailed', date: '2026-12-28' },
      { event: 'HandlingExtended', date: '2027-01-20' },
      { event: 'HandlingOpinionIssued', date: '2027-02-01' },
      { event: 'PetitionClosed', date: '2027-02-02' },
      { event: 'SatisfactionRated', date: '2027-02-03' },
      { event: 'ReviewRequested', date: '2027-02-20' },
      { event: 'ReviewOpinionIssued', date: '2027-03-15' },
      { event: 'FinalReviewRequested', date: '2027-04-01' },
      { event: 'HearingScheduled', date: '2027-04-06' },
      { event: 'HearingConcluded', date: '2027-04-14' },
      { event: 'FinalReviewOpinionIssued', date: '2027-04-28' },
    ]);
  });

  it('folds the stored events back to the same state', () => {
    expect(foldPetition(events)).toStrictEqual(state);
  });

  it('lets a panel member read the case, and no one else by that right', () => {
    expect(isPanelMemberOf(state, 'judge-1')).toBe(true);
    expect(isPanelMemberOf(state, 'judge-9')).toBe(false);
    expect(isPanelMemberOf(state, 'clerk-7')).toBe(false);
  });
});
