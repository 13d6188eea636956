import { RuleViolationError } from '../core/petition.errors.js';
import { given } from '../testing/given.js';
import { contextAt } from '../testing/petition.fixtures.js';
import { foldProgramme, programmeDecider } from './programme-stream.decider.js';
import { type OpenProgramme, type ProgrammeOpened, ProgrammeAlreadyOpenedError } from './programme-stream.types.js';

const NOW = new Date('2026-06-01T02:00:00Z');

const opened: ProgrammeOpened = {
  type: 'ProgrammeOpened',
  data: {
    programmeId: 'P1',
    name: '射阳县信访积案“模拟法庭”化解专项行动',
    periodFrom: '2026-06-01',
    periodTo: '2026-12-31',
    criteria: '四级访未化解事项、信访积案、重复访未化解事项',
    targets: { enrolled: 51, resolved: 40 },
    owner: '县信访局',
    openedOn: '2026-06-01',
  },
};

function open(data: Partial<OpenProgramme['data']> = {}): OpenProgramme {
  const { openedOn: _openedOn, ...facts } = opened.data;
  return { type: 'OpenProgramme', data: { ...facts, ...data }, context: contextAt(NOW) };
}

describe('OpenProgramme', () => {
  it('opens a programme with its name, period, criteria, targets and owner, today by default', () => {
    given(programmeDecider, []).when(open()).then([opened]);
    expect(foldProgramme([opened])).toEqual({ status: 'open', ...opened.data });
  });

  it('records only the known targets', () => {
    const targets = { resolved: 40, bonus: 3 } as unknown as OpenProgramme['data']['targets'];
    given(programmeDecider, []).when(open({ targets })).then([{ ...opened, data: { ...opened.data, targets: { resolved: 40 } } }]);
  });

  it('is opened once', () => {
    given(programmeDecider, [opened]).when(open()).thenThrows(ProgrammeAlreadyOpenedError, { programmeId: 'P1' });
  });

  it('refuses a blank name, a period ending before it starts, a target that is no count and a date ahead', () => {
    const refused = given(programmeDecider, [])
      .when(open({ name: ' ', periodTo: '2026-05-31', targets: { signedOff: -1 }, openedOn: '2026-06-02' }))
      .thenThrows(RuleViolationError);
    expect(refused.violations).toEqual([
      { field: 'name', message: 'must not be blank' },
      { field: 'openedOn', message: 'must not be in the future (today in Shanghai is 2026-06-01)' },
      { field: 'periodTo', message: "must not precede the period's first day, 2026-06-01" },
      { field: 'targets.signedOff', message: 'must be a whole number, 0 or more' },
    ]);
  });

  it('names both dates of a period that is not one', () => {
    const refused = given(programmeDecider, []).when(open({ periodFrom: '2026-13-01', periodTo: 'soon' })).thenThrows(RuleViolationError);
    expect(refused.violations.map((violation) => violation.field)).toEqual(['periodFrom', 'periodTo']);
  });
});
