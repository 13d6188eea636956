import type { PetitionEvent } from '@xinfang/petition';
import { createBusinessCalendar } from '@xinfang/calendar';
import { caseRows, type CaseRowContext, mergeRows, type ProjectedEvent } from './case-projection.rows.js';
import { NO_SNAPSHOT } from './case-snapshots.js';

const ID = '0b4f6c1e-3a52-4f0e-9a57-6d2c8e1f7a90';
const context: CaseRowContext = { calendar: createBusinessCalendar(), personKeysOf: (petitioners) => petitioners.map((petitioner) => `key:${petitioner.name}`) };
const registered: PetitionEvent = {
  type: 'PetitionRegistered',
  data: {
    petitionId: ID, receiptNumber: 'XF20261102-AAAAAAAA', channel: 'visit', petitioners: [{ name: '王某某', phone: '13800138000' }], subject: '征地补偿', content: '只发了一半',
    demands: '足额发放', category: 'housing_construction', responsibleUnit: '某某镇人民政府', receivedAt: '2026-11-02', backlogKinds: [],
  },
};
const accepted: PetitionEvent = { type: 'PetitionAccepted', data: { decidedAt: '2026-11-05', handlingUnit: '某某镇人民政府', handlerId: 'clerk-1' } };
const at = (event: PetitionEvent | undefined, version: number, type = event?.type ?? 'PersonalDataErased'): ProjectedEvent => ({ recorded: { type, version: BigInt(version), storedAt: new Date(`2026-11-0${version + 2}T02:00:00Z`) }, event });

describe('the rows of one case, computed without a database', () => {
  it('writes a registered case: its state without personal data, list row, open stage, acceptance clock and person key', () => {
    const rows = caseRows(ID, NO_SNAPSHOT, [at(registered, 0)], context);
    expect(rows.states).toHaveLength(1);
    expect(JSON.stringify(rows.states[0]!.state)).not.toContain('13800138000');
    expect(rows.petitions[0]).toMatchObject({ petition_id: ID, stage: 'registered', is_open: true, version: 1, petitioner_names: '王某某', registered_at: '2026-11-02T02:00:00.000Z' });
    expect(rows.periods).toEqual([{ petition_id: ID, seq: 0, stage: 'registered', from_on: '2026-11-02', to_on: null }]);
    expect(rows.clocks.map((clock) => [clock.kind, clock.started_on, clock.deadline, clock.stopped_on])).toEqual([['acceptance', '2026-11-02', '2026-11-17', null]]);
    expect(rows.personKeys).toEqual([{ person_key: 'key:王某某', petition_id: ID }]);
  });

  it('closes the stage a snapshot left open and opens the next, carrying the clock parameters', () => {
    const first = caseRows(ID, NO_SNAPSHOT, [at(registered, 0)], context);
    const snapshot = { version: 1, state: first.states[0]!.state as never, registeredAt: '2026-11-02T02:00:00.000Z', openStage: { seq: 0, stage: 'registered', from_on: '2026-11-02' } };
    const rows = caseRows(ID, snapshot, [at(registered, 0), at(accepted, 1)], context);
    expect(rows.closePeriods).toEqual([{ petition_id: ID, seq: 0, to_on: '2026-11-05' }]);
    expect(rows.periods).toEqual([{ petition_id: ID, seq: 1, stage: 'accepted', from_on: '2026-11-05', to_on: null }]);
    expect(rows.personKeys).toEqual([]);
    expect(rows.clocks.map((clock) => [clock.kind, clock.stopped_on, clock.params])).toEqual([['acceptance', '2026-11-05', {}], ['handling', null, {}]]);
    expect(rows.petitions[0]).toMatchObject({ version: 2, stage: 'accepted', handling_unit: '某某镇人民政府', registered_at: '2026-11-02T02:00:00.000Z' });
  });

  it('closes a stage opened in the same batch within the batch', () => {
    const rows = caseRows(ID, NO_SNAPSHOT, [at(registered, 0), at(accepted, 1)], context);
    expect(rows.periods).toEqual([
      { petition_id: ID, seq: 0, stage: 'registered', from_on: '2026-11-02', to_on: '2026-11-05' },
      { petition_id: ID, seq: 1, stage: 'accepted', from_on: '2026-11-05', to_on: null },
    ]);
    expect(rows.closePeriods).toEqual([]);
  });

  it('writes nothing for events at or below the snapshot’s version', () => {
    const snapshot = { ...NO_SNAPSHOT, version: 2 };
    expect(mergeRows([caseRows(ID, snapshot, [at(registered, 0), at(accepted, 1)], context)])).toEqual(mergeRows([]));
  });

  it('drops the case’s person keys when its personal data is erased', () => {
    const rows = caseRows(ID, NO_SNAPSHOT, [at(registered, 0), at(undefined, 1)], context);
    expect(rows.erased).toEqual([ID]);
    expect(rows.states[0]!.version).toBe(2);
  });
});
