import type { BusinessCalendar } from '@xinfang/calendar';
import type { EventStore, NewEvent } from '@xinfang/event-store';
import { type Actor, type Category, decide, evolve, initialState, type PanelMember, type PetitionCommand, type PetitionEvent, petitionStreamId } from '@xinfang/petition';
import { randomUUID } from 'node:crypto';
import type { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import type { PetitionCommandInput } from '../petitions/command-path/petition-command-runner.js';

/*
 * Realistic case histories for benchmarks and reliability tests: every event comes out of the real
 * decider (`decide`/`evolve`), dated in 2026, and is sealed by the real codec. Shortcuts, compared
 * with the API: a case's whole history is appended in one call (so its events share a transaction
 * and a storage time), intake's repeat detection is skipped (every petitioner is distinct anyway),
 * and event ids are random rather than derived from an Idempotency-Key.
 */

const CLERK: Actor = { id: 'clerk-synthetic', name: '李科员', role: 'clerk' };
const PANEL: PanelMember[] = [
  { memberId: 'panel-chair', name: '王主任', role: 'chair' },
  { memberId: 'panel-judge', name: '张法官', role: 'judge' },
  { memberId: 'panel-lawyer', name: '刘律师', role: 'lawyer' },
];
const panelist = (member: PanelMember): Actor => ({ id: member.memberId, name: member.name, role: 'panel' });
const CATEGORY_CYCLE: Category[] = ['housing_construction', 'labour_social_security', 'agriculture_rural', 'housing_construction', 'labour_social_security'];
const UNITS = ['某某镇人民政府', '县住建局', '县人社局', '县农业农村局', '县自然资源局', '县市场监管局'];
const DAY = 86_400_000;
/** Mondays from 2026-01-05: shifting the template by whole weeks keeps each step on its weekday. */
const FIRST_MONDAY = Date.UTC(2026, 0, 5);
/** The longest path's last step comes this many days after receipt: every history ends within 2026. */
const LONGEST_PATH_DAYS = 140;

type Step = { readonly input: PetitionCommandInput; readonly on: number; readonly actor?: Actor };
/** Business dates `offset` days after receipt, the instant of a step that day, and the petitioner's name. */
interface Timeline {
  day(offset: number): string;
  at(offset: number): number;
  readonly petitioner: string;
}
type Path = (timeline: Timeline) => Step[];

export interface SyntheticCase {
  readonly petitionId: string;
  readonly events: { readonly event: PetitionEvent; readonly actor: Actor; readonly recordedAt: Date }[];
}

/**
 * The `index`-th synthetic case: one of nine paths through the lifecycle (still registered, not
 * accepted, forwarded and objected to, in handling, closed on an opinion, heard and mediated,
 * reviewed and finally reviewed …), received on a Monday of 2026. A step the rules refuse ends
 * the history there, so every history is one the service could have recorded.
 */
export function syntheticCase(index: number, calendar: BusinessCalendar): SyntheticCase {
  const petitionId = randomUUID();
  const path = PATHS[index % PATHS.length]!;
  const weeks = Math.floor((Date.UTC(2026, 11, 20) - FIRST_MONDAY - LONGEST_PATH_DAYS * DAY) / (7 * DAY));
  const start = FIRST_MONDAY + ((index * 7919) % weeks) * 7 * DAY;
  const day = (offset: number) => new Date(start + offset * DAY).toISOString().slice(0, 10);
  const at = (offset: number) => start + offset * DAY + 2 * 3_600_000;
  const unit = UNITS[index % UNITS.length]!;
  const petitioner = `信访人${index}`;
  const registration: Step = {
    on: at(0),
    input: {
      type: 'RegisterPetition',
      data: {
        petitionId,
        channel: (['visit', 'letter', 'online', 'phone'] as const)[index % 4]!,
        petitioners: [{ name: petitioner, phone: `139${String(index % 100_000_000).padStart(8, '0')}`, ...(index % 3 === 0 ? { address: `某某镇${index % 97}村` } : {}) }],
        subject: `第${index}号事项：补偿款未足额发放`,
        content: '补偿款只发放了一半，多次反映未果。',
        demands: '足额发放补偿款',
        category: path === diverted ? 'law_litigation' : CATEGORY_CYCLE[index % CATEGORY_CYCLE.length]!,
        responsibleUnit: unit,
        receivedAt: day(0),
        ...(index % 11 === 0 ? { backlogKinds: ['long_standing' as const] } : {}),
      },
    },
  };
  let state = initialState();
  const events: SyntheticCase['events'][number][] = [];
  for (const step of [registration, ...path({ day, at, petitioner }).map((candidate) => withUnit(candidate, unit))]) {
    const actor = step.actor ?? CLERK;
    const command = { ...step.input, context: { actor, now: new Date(step.on), calendar } } as PetitionCommand;
    let decided: PetitionEvent[];
    try {
      decided = decide(command, state);
    } catch {
      break;
    }
    for (const event of decided) {
      state = evolve(state, event);
      events.push({ event, actor, recordedAt: new Date(step.on) });
    }
  }
  return { petitionId, events };
}

function withUnit(step: Step, unit: string): Step {
  if (step.input.type !== 'DecideAcceptance' || step.input.data.decision !== 'accepted') return step;
  return { ...step, input: { ...step.input, data: { ...step.input.data, handlingUnit: unit } } };
}

const accept = ({ day, at }: Timeline): Step => ({
  on: at(3),
  input: { type: 'DecideAcceptance', data: { decision: 'accepted', handlingUnit: '', decidedAt: day(3) } },
});

function hearing({ day, at }: Timeline, from: number, hearingId: string): Step[] {
  return [
    {
      on: at(from),
      input: {
        type: 'ScheduleHearing',
        data: { hearingId, scheduledOn: day(from), hearingDate: day(from + 7), venue: '县信访局模拟法庭', panel: PANEL, attendees: { petitioner: true, responsibleUnit: '某某镇人民政府' } },
      },
    },
    ...PANEL.map((member, index): Step => ({
      on: at(from + 7),
      actor: panelist(member),
      input: { type: 'RecordPanelOpinion', data: { hearingId, memberId: member.memberId, opinion: (['supports', 'partially_supports', 'does_not_support'] as const)[index]!, reasoning: '依据相关规定', givenOn: day(from + 7) } },
    })),
    {
      on: at(from + 8),
      actor: panelist(PANEL[0]!),
      input: {
        type: 'ConcludeHearing',
        data: { hearingId, conclusion: 'partially_supports', findings: '补偿款发放不足属实', resolutionPlan: '限期补发差额', resolveBy: day(from + 36), concludedOn: day(from + 8) },
      },
    },
  ];
}

function opinionToRating({ day, at }: Timeline, from: number, rating: 'satisfied' | 'basically_satisfied' | 'dissatisfied'): Step[] {
  return [
    {
      on: at(from),
      input: { type: 'IssueOpinion', data: { outcome: 'supported', request: '足额发放补偿款', facts: '补偿款仅发放一半', reasons: '补偿标准有明确规定', legalBasis: '《土地管理法》第四十八条', servedOn: day(from) } },
    },
    { on: at(from + 2), input: { type: 'ClosePetition', data: { outcome: 'opinion_served', closedOn: day(from + 2) } } },
    { on: at(from + 5), input: { type: 'RecordRating', data: { rating, ratedOn: day(from + 5) } } },
  ];
}

const stillRegistered: Path = () => [];
const notAccepted: Path = (t) => [{ on: t.at(4), input: { type: 'DecideAcceptance', data: { decision: 'not_accepted', reason: '不属于信访事项', decidedAt: t.day(4) } } }];
const diverted: Path = (t) => [{ on: t.at(2), input: { type: 'DecideAcceptance', data: { decision: 'diverted', toOrgan: '县人民法院', decidedAt: t.day(2) } } }];
const forwardedAndObjected: Path = (t) => [
  { on: t.at(1), input: { type: 'DecideAcceptance', data: { decision: 'forwarded', toUnit: '县住建局', decidedAt: t.day(1) } } },
  { on: t.at(7), input: { type: 'RaiseObjection', data: { unit: '县住建局', reason: '不属于本单位职责', objectedAt: t.day(7) } } },
];
const inHandling: Path = (t) => [accept(t), { on: t.at(8), input: { type: 'Reclassify', data: { backlogKinds: ['four_level'], reason: '列入四级领导包案', reclassifiedOn: t.day(8) } } }];
const closedOnOpinion: Path = (t) => [accept(t), ...opinionToRating(t, 30, 'satisfied')];
const heardAndMediated: Path = (t) => [
  accept(t),
  ...hearing(t, 8, 'hearing-1'),
  { on: t.at(18), input: { type: 'StartMediation', data: { mediator: '县人民调解委员会', startedOn: t.day(18) } } },
  { on: t.at(23), input: { type: 'RecordMediationSession', data: { attendees: ['信访人', '单位代表'], summary: '双方就补偿差额协商', heldOn: t.day(23) } } },
  { on: t.at(30), input: { type: 'RecordMediationSession', data: { attendees: ['信访人', '单位代表'], summary: '达成初步意向', delayRequestedBy: 'unit', delayReason: '需核对账目', heldOn: t.day(30) } } },
  { on: t.at(37), input: { type: 'RecordMediationAgreement', data: { terms: '分两期补发差额', obligations: [{ party: '某某镇人民政府', obligation: '补发差额', dueOn: t.day(60) }], agreedOn: t.day(37) } } },
  { on: t.at(39), input: { type: 'ClosePetition', data: { outcome: 'resolved_by_mediation', closedOn: t.day(39) } } },
  { on: t.at(42), input: { type: 'RecordRating', data: { rating: 'basically_satisfied', ratedOn: t.day(42) } } },
];
const reviewed: Path = (t) => [
  accept(t),
  ...hearing(t, 8, 'hearing-1'),
  ...opinionToRating(t, 35, 'dissatisfied'),
  { on: t.at(45), input: { type: 'RequestReview', data: { requestedBy: t.petitioner, reasons: '补发金额计算有误', requestedOn: t.day(45) } } },
  { on: t.at(66), input: { type: 'IssueReviewOpinion', data: { outcome: 'upheld', reasons: '原处理意见并无不当', reviewingOrgan: '县人民政府', servedOn: t.day(66) } } },
];
const concluded: Path = (t) => [
  accept(t),
  { on: t.at(8), input: { type: 'Reclassify', data: { backlogKinds: ['long_standing', 'four_level'], reason: '历史遗留问题', reclassifiedOn: t.day(8) } } },
  { on: t.at(18), input: { type: 'StartMediation', data: { mediator: '县人民调解委员会', startedOn: t.day(18) } } },
  { on: t.at(30), input: { type: 'RecordMediationFailure', data: { reason: '双方分歧较大', failedOn: t.day(30) } } },
  { on: t.at(38), input: { type: 'ExtendHandling', data: { days: 15, reason: '需补充调查', approver: '赵局长', extendedOn: t.day(38) } } },
  ...opinionToRating(t, 49, 'dissatisfied'),
  { on: t.at(65), input: { type: 'RequestReview', data: { requestedBy: t.petitioner, reasons: '补发金额计算有误', requestedOn: t.day(65) } } },
  { on: t.at(87), input: { type: 'IssueReviewOpinion', data: { outcome: 'upheld', reasons: '原处理意见并无不当', reviewingOrgan: '县人民政府', servedOn: t.day(87) } } },
  { on: t.at(100), input: { type: 'RequestFinalReview', data: { requestedBy: t.petitioner, reasons: '仍不服复查意见', requestedOn: t.day(100) } } },
  ...hearing(t, 102, 'hearing-2'),
  { on: t.at(121), input: { type: 'IssueFinalReviewOpinion', data: { outcome: 'changed', reasons: '差额计算应予更正', reviewingOrgan: '市信访局', servedOn: t.day(121) } } },
];

// A unit's steps recorded by the clerk on its behalf (paper), as DOMAIN.md allows.
const assignedAndReported: Path = (t) => [
  { on: t.at(1), input: { type: 'DecideAcceptance', data: { decision: 'assigned', toUnit: '某某镇人民政府', reportBy: t.day(40), claimType: 'claim', decidedAt: t.day(1) } } },
  { on: t.at(2), input: { type: 'SignForCase', data: { receivedOn: t.day(2) } } },
  { on: t.at(9), input: { type: 'NotifyPetitioner', data: { decision: 'accepted', servedOn: t.day(9) } } },
  { on: t.at(30), input: { type: 'ReportCompletion', data: { summary: '已补发差额', filedOn: t.day(30) } } },
  { on: t.at(32), input: { type: 'ReviewCompletionReport', data: { decision: 'returned', reason: '缺少凭证', reportBy: t.day(50), reviewedOn: t.day(32) } } },
  { on: t.at(45), input: { type: 'ReportCompletion', data: { summary: '补交凭证', filedOn: t.day(45) } } },
  { on: t.at(47), input: { type: 'ReviewCompletionReport', data: { decision: 'verified', reviewedOn: t.day(47) } } },
  ...opinionToRating(t, 50, 'satisfied'),
];
const objectionUpheld: Path = (t) => [
  { on: t.at(1), input: { type: 'DecideAcceptance', data: { decision: 'forwarded', toUnit: '县住建局', claimType: 'suggestion', decidedAt: t.day(1) } } },
  { on: t.at(2), input: { type: 'SignForCase', data: { receivedOn: t.day(2) } } },
  { on: t.at(4), input: { type: 'RaiseObjection', data: { reason: '不属于本单位职责', objectedAt: t.day(4) } } },
  { on: t.at(6), input: { type: 'DecideObjection', data: { decision: 'upheld', reason: '异议成立', decidedOn: t.day(6) } } },
  { on: t.at(7), input: { type: 'DecideAcceptance', data: { decision: 'accepted', handlingUnit: '', decidedAt: t.day(7) } } },
];
const channelled: Path = (t) => [
  { on: t.at(3), input: { type: 'DecideAcceptance', data: { decision: 'channelled', procedure: 'arbitration', receivingBody: '县劳动人事争议仲裁委员会', claimType: 'claim', decidedAt: t.day(3) } } },
];

/** About 8.5 events per case on average, as a bureau's mix of open, closed and reviewed cases, with units' work and legal routes. */
const PATHS: Path[] = [
  stillRegistered, notAccepted, forwardedAndObjected, inHandling, closedOnOpinion, heardAndMediated, reviewed, concluded, heardAndMediated, diverted, concluded, reviewed,
  assignedAndReported, objectionUpheld, channelled,
];

export interface AppendedCases {
  readonly cases: number;
  readonly events: number;
}

/**
 * Appends `count` synthetic cases, `concurrency` at a time, each case's history in one append
 * sealed by the real codec; `onProgress` hears the running totals.
 */
export async function appendSyntheticCases(
  store: EventStore,
  codec: PetitionEventCodec,
  calendar: BusinessCalendar,
  options: { count: number; concurrency?: number; firstIndex?: number; onProgress?: (done: AppendedCases) => void },
): Promise<AppendedCases> {
  let next = options.firstIndex ?? 0;
  const end = next + options.count;
  const done = { cases: 0, events: 0 };
  await Promise.all(
    Array.from({ length: options.concurrency ?? 4 }, async () => {
      while (next < end) {
        const synthetic = syntheticCase(next++, calendar);
        const encoded = await codec.encode(synthetic.events.map(({ event }) => event));
        const events: NewEvent[] = encoded.map((event, index) => ({
          id: randomUUID(),
          type: event.type,
          data: event.data,
          metadata: { actor: synthetic.events[index]!.actor, schemaVersion: event.schemaVersion, recordedAt: synthetic.events[index]!.recordedAt.toISOString() },
        }));
        await store.appendToStream(petitionStreamId(synthetic.petitionId), events, { expectedVersion: 'no_stream' });
        done.cases++;
        done.events += events.length;
        options.onProgress?.(done);
      }
    }),
  );
  return done;
}
