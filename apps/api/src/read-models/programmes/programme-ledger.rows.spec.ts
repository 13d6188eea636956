import { type LedgerCase, type LedgerEvent, ledgerRows } from './programme-ledger.rows.js';

const CASE = '0b4f6c1e-3a52-4f0e-9a57-6d2c8e1f7a90';
const stream = `petition-${CASE}`;
let version = 0;
const event = (type: string, data: object): LedgerEvent => ({ streamId: stream, version: version++, type, data });
const enrolled = event('CaseEnrolledInProgramme', {
  programmeId: 'P1', programmeName: '专项', programmeEndsOn: '2026-12-31', enrolledOn: '2026-05-06', track: 'complex', reason: 'repeat', owningLeader: '周副县长', targetDate: '2026-09-30', category: 'agriculture_rural',
});
const scheduled = (hearingId: string) => event('HearingScheduled', { hearingId, scheduledOn: '2026-05-10' });
const concluded = (hearingId: string, planTasks?: object[]) => event('HearingConcluded', { hearingId, concludedOn: '2026-05-21', ...(planTasks && { planTasks }) });

describe('the programme ledger’s rows', () => {
  it('counts as heard only the hearings scheduled while the case is in the programme', () => {
    const rows = ledgerRows([scheduled('H0'), enrolled, concluded('H0'), scheduled('H1'), concluded('H1', [{ taskId: 'T1', ownerUnit: 'zjj', dueOn: '2026-06-15' }])], new Map());
    expect(rows.enrolments).toEqual([expect.objectContaining({ petition_id: CASE, seq: 0, programme_id: 'P1', category: 'agriculture_rural', owning_leader: '周副县长' })]);
    expect(rows.hearings).toEqual([{ petition_id: CASE, hearing_id: 'H1', seq: 0 }]);
    expect(rows.milestones).toEqual([expect.objectContaining({ kind: 'heard', on_date: '2026-05-21', seq: 0 })]);
    expect(rows.tasks).toEqual([{ petition_id: CASE, task_id: 'T1', seq: 0, owner_unit: 'zjj', set_on: '2026-05-21', due_on: '2026-06-15' }]);
  });

  it('carries on from what an earlier batch left, without changing it, and stops at the sign-off', () => {
    const known = new Map<string, LedgerCase>([[CASE, { enrolment: { seq: 1, open: true }, hearings: new Map([['H5', 1]]) }]]);
    const rows = ledgerRows([concluded('H5'), event('ProgrammeCaseSignedOff', { signedOffOn: '2026-09-20' }), scheduled('H6'), event('ProgrammeCaseResolved', { resolvedOn: '2026-09-21' })], known);
    expect(rows.milestones.map((milestone) => [milestone.kind, milestone.seq])).toEqual([['heard', 1], ['signed_off', 1]]);
    expect(rows.hearings).toEqual([]);
    expect(known.get(CASE)).toEqual({ enrolment: { seq: 1, open: true }, hearings: new Map([['H5', 1]]) });
  });

  it('keeps the reclassifications of an enrolled case only', () => {
    const reclassified = event('PetitionReclassified', { reclassifiedOn: '2026-07-10', category: 'law_litigation' });
    expect(ledgerRows([reclassified], new Map()).reclassifications).toEqual([]);
    expect(ledgerRows([enrolled, reclassified], new Map()).reclassifications).toEqual([{ petition_id: CASE, version: reclassified.version, reclassified_on: '2026-07-10', category: 'law_litigation' }]);
  });
});
