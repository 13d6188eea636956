import type { PetitionCommand } from './petition.commands.js';
import type { RegisterPetition } from '../intake/intake.commands.js';
import { PetitionNotFoundError, TransitionRefusedError } from './petition.errors.js';
import { petitionDecider } from './petition.decider.js';
import type { PetitionStep } from './petition.steps.js';
import { given } from '../testing/given.js';
import { ATTENDEES, CONCLUDED, PANEL, command, panelist } from '../testing/handling.fixtures.js';
import { registered } from '../testing/handling.fixtures.js';
import { decideAcceptance } from '../testing/petition.fixtures.js';

/** One command per step after registration, each valid in content, so only the stage can refuse it. */
const COMMANDS: [PetitionStep, Exclude<PetitionCommand, RegisterPetition>][] = [
  ['accept', decideAcceptance({ decision: 'accepted', handlingUnit: '县住建局' })],
  ['object', command('RaiseObjection', { unit: '县人社局', reason: '不属于' })],
  ['reclassify', command('Reclassify', { category: 'agriculture_rural', reason: '核实' })],
  ['schedule_hearing', command('ScheduleHearing', { hearingId: 'H9', hearingDate: '2027-07-10', venue: '模拟法庭', panel: PANEL, attendees: ATTENDEES })],
  ['reschedule_hearing', command('RescheduleHearing', { hearingId: 'H1', hearingDate: '2027-07-10' })],
  ['adjourn_hearing', command('AdjournHearing', { hearingId: 'H1', reason: '休庭' })],
  ['cancel_hearing', command('CancelHearing', { hearingId: 'H1', reason: '撤回' })],
  ['record_panel_opinion', command('RecordPanelOpinion', { hearingId: 'H1', memberId: 'judge-1', opinion: 'supports', reasoning: '理由' }, { actor: panelist('judge-1') })],
  ['conclude_hearing', command('ConcludeHearing', { hearingId: 'H1', conclusion: 'supports', findings: '查明', resolutionPlan: '方案', resolveBy: '2027-08-01' }, { actor: panelist('chair-1') })],
  ['start_mediation', command('StartMediation', { mediator: '调解委员会' })],
  ['record_mediation_session', command('RecordMediationSession', { attendees: ['张建国'], summary: '协商' })],
  ['record_mediation_agreement', command('RecordMediationAgreement', { terms: '条款', obligations: [{ party: '县住建局', obligation: '支付', dueOn: '2027-08-01' }] })],
  ['record_mediation_failure', command('RecordMediationFailure', { reason: '未达成' })],
  ['extend', command('ExtendHandling', { days: 10, reason: '调查', approver: '局长' })],
  ['issue_opinion', command('IssueOpinion', { outcome: 'supported', request: '请求', facts: '事实', reasons: '理由', legalBasis: '依据' })],
  ['close', command('ClosePetition', { outcome: 'withdrawn', reason: '撤回' })],
  ['rate', command('RecordRating', { rating: 'satisfied' })],
  ['request_review', command('RequestReview', { requestedBy: '张建国', reasons: '不服' })],
  ['issue_review_opinion', command('IssueReviewOpinion', { outcome: 'upheld', reasons: '维持', reviewingOrgan: '县政府' })],
  ['request_final_review', command('RequestFinalReview', { requestedBy: '张建国', reasons: '不服' })],
  ['issue_final_review_opinion', command('IssueFinalReviewOpinion', { outcome: 'upheld', reasons: '维持', reviewingOrgan: '市政府' })],
];

describe('every command after registration', () => {
  it.each(COMMANDS)('%s is refused (404) when there is no petition', (_step, refused) => {
    given(petitionDecider, []).when(refused).thenThrows(PetitionNotFoundError, { command: refused.type });
  });

  it.each(COMMANDS)('%s is refused (409) once the matter is concluded, naming the stage and no next step', (step, refused) => {
    given(petitionDecider, CONCLUDED).when(refused).thenThrows(TransitionRefusedError, { stage: 'concluded', step, command: refused.type, allowedNext: [] });
  });

  it.each(COMMANDS.filter(([step]) => !['accept', 'reclassify'].includes(step)))('%s is refused (409) on a registered petition', (step, refused) => {
    given(petitionDecider, [registered])
      .when(refused)
      .thenThrows(TransitionRefusedError, { stage: 'registered', step, allowedNext: ['accept', 'not_accept', 'forward', 'assign', 'channel', 'reclassify'] });
  });
});
