import { CorruptPetitionStreamError } from './petition.errors.js';
import { evolve, foldPetition } from './petition.evolve.js';
import type { PetitionEvent } from './petition.events.js';
import { decide, petitionDecider } from './petition.decider.js';
import { initialState } from './petition.state.js';
import { IN_HANDLING, OPINION_SERVED, closedAsServed, mediationAgreed, opinionRecorded, rated, reviewRequested, sessionHeld } from '../testing/handling.fixtures.js';
import { RECEIPT_NUMBER, assignedToTownship, forwardedToLabourBureau, petitionRegistered, registerPetition } from '../testing/petition.fixtures.js';

const registered = petitionRegistered({ groupSize: 12, backlogKinds: ['long_standing'] });
const registrationFacts = registered.data;
const accepted: PetitionEvent = { type: 'PetitionAccepted', data: { decidedAt: '2026-11-26', handlingUnit: '合德镇人民政府', handlerId: 'clerk-7' } };
/** What a case carries beside its registration facts before anything else happened to it. */
const noRecords = { concludedMatter: false, priorConcludedCases: [], relatedCases: [], objections: [], reclassifications: [] };

describe('evolve and foldPetition', () => {
  it('start from no petition', () => {
    expect(foldPetition([])).toEqual({ status: 'none' });
    expect(petitionDecider.initialState()).toEqual(initialState());
  });

  it('show a registered petition with every registration fact and the day received', () => {
    expect(foldPetition([registered])).toStrictEqual({
      status: 'registered',
      ...registrationFacts,
      ...noRecords,
      receiptNumber: RECEIPT_NUMBER,
      timeline: [{ event: 'PetitionRegistered', date: '2026-11-20' }],
    });
  });

  it('show an accepted petition with the decision and the handover it came through', () => {
    expect(foldPetition([registered, assignedToTownship, accepted])).toStrictEqual({
      status: 'accepted',
      ...registrationFacts,
      ...noRecords,
      claimType: 'claim',
      acceptance: { decision: 'accepted', decidedAt: '2026-11-26', handlingUnit: '合德镇人民政府', handlerId: 'clerk-7' },
      handover: { decision: 'assigned', decidedAt: '2026-11-24', toUnit: '合德镇人民政府' },
      handovers: [{ seq: 0, decision: 'assigned', decidedAt: '2026-11-24', toUnit: '合德镇人民政府', reports: [] }],
      hearings: [],
      mediations: [],
      timeline: [
        { event: 'PetitionRegistered', date: '2026-11-20' },
        { event: 'PetitionAssigned', date: '2026-11-24' },
        { event: 'PetitionAccepted', date: '2026-11-26' },
      ],
    });
  });

  it('show a petition accepted directly without a handover', () => {
    const state = foldPetition([registered, accepted]);
    expect(state).toMatchObject({ status: 'accepted', acceptance: { decision: 'accepted', handlingUnit: '合德镇人民政府' } });
    expect(state).not.toHaveProperty('handover');
  });

  it.each([
    [
      forwardedToLabourBureau,
      {
        status: 'forwarded',
        acceptance: { decision: 'forwarded', decidedAt: '2026-11-23', toUnit: '射阳县人力资源和社会保障局' },
        handovers: [{ seq: 0, decision: 'forwarded', decidedAt: '2026-11-23', toUnit: '射阳县人力资源和社会保障局', reports: [] }],
      },
    ],
    [
      assignedToTownship,
      {
        status: 'assigned',
        acceptance: { decision: 'assigned', decidedAt: '2026-11-24', toUnit: '合德镇人民政府' },
        handovers: [{ seq: 0, decision: 'assigned', decidedAt: '2026-11-24', toUnit: '合德镇人民政府', reports: [] }],
      },
    ],
    [
      { type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-21', reason: '不属于信访事项' } },
      { status: 'not_accepted', acceptance: { decision: 'not_accepted', decidedAt: '2026-11-21', reason: '不属于信访事项' } },
    ],
    [
      { type: 'PetitionDiverted', data: { decidedAt: '2026-11-22', toOrgan: '射阳县人民法院', reason: '诉访分离' } },
      { status: 'diverted', acceptance: { decision: 'diverted', decidedAt: '2026-11-22', toOrgan: '射阳县人民法院', reason: '诉访分离' } },
    ],
  ] as [PetitionEvent, object][])('show the stage and decision after %p', (event, expected) => {
    const state = foldPetition([registered, event]);
    expect(state).toStrictEqual({
      ...registrationFacts,
      ...noRecords,
      // A decision that recorded no legal route reads as a claim (history before the distinction).
      claimType: 'claim',
      ...expected,
      timeline: [
        { event: 'PetitionRegistered', date: '2026-11-20' },
        { event: event.type, date: (event.data as { decidedAt: string }).decidedAt },
      ],
    });
  });

  it('fold what decide produced', () => {
    const events = decide(registerPetition(), initialState());
    expect(foldPetition(events)).toMatchObject({ status: 'registered', receiptNumber: RECEIPT_NUMBER, backlogKinds: [] });
  });

  it('refuse a stream whose first event is not a registration', () => {
    expect(() => foldPetition([accepted])).toThrow(CorruptPetitionStreamError);
  });

  it('refuse a second registration in one stream', () => {
    expect(() => evolve(foldPetition([registered]), registered)).toThrow(
      new CorruptPetitionStreamError('PetitionRegistered', 'registered'),
    );
  });

  describe('refuse a step that needs a record the case lacks', () => {
    const withdrawn: PetitionEvent = { type: 'PetitionClosed', data: { closedOn: '2026-12-01', outcome: 'withdrawn', reason: '撤回' } };
    it.each<[string, PetitionEvent[], PetitionEvent]>([
      ['an objection to a case never handed over', [registered], { type: 'UnitObjected', data: { objectedAt: '2026-11-21', unit: '某局', reason: '不属于' } }],
      ['a hearing step before acceptance', [registered], opinionRecorded('judge-1')],
      ['an opinion on a hearing the case does not have', IN_HANDLING, opinionRecorded('judge-1')],
      ['a mediation session with no mediation running', IN_HANDLING, sessionHeld],
      ['a mediation agreement after handling', OPINION_SERVED, mediationAgreed],
      ['a rating before closure', OPINION_SERVED, rated],
      ['a review of a case closed without an opinion', [...IN_HANDLING, withdrawn], reviewRequested],
      ['a second closure', [...OPINION_SERVED, closedAsServed], closedAsServed],
    ])('%s', (_what, history, event) => {
      expect(() => foldPetition([...history, event])).toThrow(CorruptPetitionStreamError);
    });
  });
});
