import type { RecordMediationAgreement, RecordMediationFailure, RecordMediationSession, StartMediation } from './mediation.commands.js';
import { ProceedingStateError, TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { IN_HANDLING, OPINION_SERVED, UNDER_REVIEW, command, mediationAgreed, mediationFailed, mediationStarted, sessionHeld, violationsOf } from '../testing/handling.fixtures.js';

const MEDIATING: PetitionEvent[] = [...IN_HANDLING, mediationStarted];
const AFTER_SESSION: PetitionEvent[] = [...MEDIATING, sessionHeld];

const start = (data: Partial<StartMediation['data']> = {}, now?: Date) =>
  command<StartMediation>('StartMediation', { ...mediationStarted.data, ...data }, now ? { now } : {});
const session = (data: Partial<RecordMediationSession['data']> = {}) => command<RecordMediationSession>('RecordMediationSession', { ...sessionHeld.data, ...data });
const agreement = (data: Partial<RecordMediationAgreement['data']> = {}) => command<RecordMediationAgreement>('RecordMediationAgreement', { ...mediationAgreed.data, ...data });
const failure = (data: Partial<RecordMediationFailure['data']> = {}) => command<RecordMediationFailure>('RecordMediationFailure', { ...mediationFailed.data, ...data });

describe('StartMediation', () => {
  it('starts a mediation on a case in handling', () => {
    given(petitionDecider, IN_HANDLING).when(start()).then([mediationStarted]);
    expect(foldPetition(MEDIATING)).toMatchObject({ mediations: [{ status: 'active', startedOn: '2026-12-14', mediator: '合德镇人民调解委员会', sessions: [] }] });
  });

  it('dates the start today by default and keeps a note', () => {
    given(petitionDecider, IN_HANDLING)
      .when(start({ startedOn: undefined, note: '双方同意调解' }, new Date('2026-12-14T02:00:00Z')))
      .then([{ type: 'MediationStarted', data: { startedOn: '2026-12-14', mediator: '合德镇人民调解委员会', note: '双方同意调解' } }]);
  });

  it('is refused (409) while another mediation runs', () => {
    given(petitionDecider, MEDIATING)
      .when(start({ startedOn: '2026-12-20' }))
      .thenThrows(ProceedingStateError, { proceeding: 'mediation', status: 'active', message: 'The mediation started on 2026-12-14 is still running; record its agreement or failure first' });
  });

  it('starts again after a failed mediation', () => {
    given(petitionDecider, [...AFTER_SESSION, mediationFailed]).when(start({ startedOn: '2027-01-04' })).then([{ ...mediationStarted, data: { ...mediationStarted.data, startedOn: '2027-01-04' } }]);
  });

  it('needs a mediator and a date not before the acceptance', () => {
    expect(violationsOf(IN_HANDLING, start({ mediator: '', startedOn: '2026-11-24' }))).toEqual([
      { field: 'mediator', message: 'must not be blank' },
      { field: 'startedOn', message: 'must not precede the acceptance on 2026-11-25' },
    ]);
  });

  it.each([
    ['opinion_served', OPINION_SERVED],
    ['under_review', UNDER_REVIEW],
  ] as const)('is refused in stage %s', (stage, history) => {
    given(petitionDecider, [...history]).when(start()).thenThrows(TransitionRefusedError, { stage, step: 'start_mediation' });
  });
});

describe('RecordMediationSession', () => {
  it('records a session and who asked for a delay, with the reason', () => {
    given(petitionDecider, MEDIATING).when(session()).then([sessionHeld]);
    expect(foldPetition(AFTER_SESSION)).toMatchObject({ mediations: [{ status: 'active', sessions: [sessionHeld.data] }] });
  });

  it('records that nobody asked for a delay when nobody did', () => {
    given(petitionDecider, MEDIATING)
      .when(session({ delayRequestedBy: undefined, delayReason: undefined }))
      .then([{ type: 'MediationSessionHeld', data: { heldOn: '2026-12-18', attendees: ['张建国', '住建局刘科长'], summary: '双方就支付期限协商', delayRequestedBy: 'none' } }]);
  });

  it('needs the reason of a delay, and no reason without one', () => {
    expect(violationsOf(MEDIATING, session({ delayRequestedBy: 'petitioner', delayReason: undefined }))).toEqual([{ field: 'delayReason', message: 'must not be blank' }]);
    expect(violationsOf(MEDIATING, session({ delayRequestedBy: 'none' }))).toEqual([{ field: 'delayReason', message: 'is recorded only when a party asked for a delay' }]);
    expect(violationsOf(MEDIATING, session({ delayRequestedBy: 'court' as never }))).toContainEqual({ field: 'delayRequestedBy', message: 'must be one of petitioner, unit, none' });
  });

  it('needs attendees, a summary and a date not before the latest session', () => {
    expect(violationsOf(AFTER_SESSION, session({ attendees: [], summary: '', heldOn: '2026-12-17' }))).toEqual([
      { field: 'heldOn', message: 'must not precede the mediation session on 2026-12-18' },
      { field: 'attendees', message: 'must name at least 1 attendees' },
      { field: 'summary', message: 'must not be blank' },
    ]);
    expect(violationsOf(MEDIATING, session({ heldOn: '2026-12-13', attendees: [' '] }))).toEqual([
      { field: 'heldOn', message: 'must not precede the start of the mediation on 2026-12-14' },
      { field: 'attendees[0]', message: 'must not be blank' },
    ]);
  });

  it('is refused (409) with no mediation running', () => {
    given(petitionDecider, IN_HANDLING).when(session()).thenThrows(ProceedingStateError, { proceeding: 'mediation', status: 'none', message: 'No mediation has been started for this case' });
    given(petitionDecider, [...AFTER_SESSION, mediationAgreed])
      .when(session({ heldOn: '2027-01-04' }))
      .thenThrows(ProceedingStateError, { status: 'agreed', message: 'The mediation started on 2026-12-14 has ended (agreed); start a new one first' });
  });
});

describe('RecordMediationAgreement', () => {
  it('ends the mediation with the terms and each obligation', () => {
    given(petitionDecider, AFTER_SESSION).when(agreement()).then([mediationAgreed]);
    const state = foldPetition([...AFTER_SESSION, mediationAgreed]);
    expect(state).toMatchObject({ mediations: [{ status: 'agreed', agreement: mediationAgreed.data, sessions: [sessionHeld.data] }] });
    expect(allowedNextSteps(state)).toEqual(['schedule_hearing', 'start_mediation', 'extend', 'issue_opinion', 'close', 'reclassify', 'change_claim_type']);
  });

  it('needs terms, at least one obligation, each due no earlier than the agreement', () => {
    expect(violationsOf(AFTER_SESSION, agreement({ terms: '', obligations: [] }))).toEqual([
      { field: 'terms', message: 'must not be blank' },
      { field: 'obligations', message: 'must name at least 1 obligations' },
    ]);
    expect(violationsOf(AFTER_SESSION, agreement({ obligations: [{ party: '', obligation: ' ', dueOn: '2026-12-27' }] }))).toEqual([
      { field: 'obligations[0].party', message: 'must not be blank' },
      { field: 'obligations[0].obligation', message: 'must not be blank' },
      { field: 'obligations[0].dueOn', message: 'must not precede the agreement on 2026-12-28' },
    ]);
  });

  it('may not precede the latest session', () => {
    expect(violationsOf(AFTER_SESSION, agreement({ agreedOn: '2026-12-17' }))).toEqual([
      { field: 'agreedOn', message: 'must not precede the mediation session on 2026-12-18' },
    ]);
  });

  it('is refused (409) with no mediation running', () => {
    given(petitionDecider, [...AFTER_SESSION, mediationFailed]).when(agreement({ agreedOn: '2027-01-04' })).thenThrows(ProceedingStateError, { status: 'failed' });
  });
});

describe('RecordMediationFailure', () => {
  it('ends the mediation with the reason', () => {
    given(petitionDecider, AFTER_SESSION).when(failure()).then([mediationFailed]);
    expect(foldPetition([...AFTER_SESSION, mediationFailed])).toMatchObject({ mediations: [{ status: 'failed', failure: mediationFailed.data }] });
  });

  it('needs a reason and a date not before the latest session', () => {
    expect(violationsOf(AFTER_SESSION, failure({ reason: '', failedOn: '2026-12-15' }))).toEqual([
      { field: 'failedOn', message: 'must not precede the mediation session on 2026-12-18' },
      { field: 'reason', message: 'must not be blank' },
    ]);
  });

  it('is refused (409) with no mediation running', () => {
    given(petitionDecider, IN_HANDLING).when(failure()).thenThrows(ProceedingStateError, { proceeding: 'mediation', status: 'none' });
  });
});
