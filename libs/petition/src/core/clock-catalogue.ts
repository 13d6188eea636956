/**
 * Every clock a case can run, declared once: whose it is, whether it is a duty or a right's
 * window, how its period is counted and why (信访工作条例, 2022, unless it says practice), and how
 * it is named. The API's enums, the read models' SQL, the dashboard, the petitioner's page and the
 * metrics all read this table; each sub-area derives its clocks from the case (`*.clocks.ts`).
 */
import type { ClockLength } from '@xinfang/calendar';
import type { IsoDate } from './business-date.js';
import { MAX_EXTENSION_DAYS } from './petition.limits.js';

/** DOMAIN.md "Whose clock is it". */
export type ClockHolder = 'bureau' | 'unit' | 'petitioner';

/**
 * A duty is met or missed, and overdue while late; a right's window is used, or lapses unused —
 * never overdue, never a failure of the one who grants it.
 */
export type ClockNature = 'duty' | 'right';

export interface ClockDefinition {
  readonly holder: ClockHolder;
  readonly nature: ClockNature;
  readonly length: ClockLength;
  readonly basis: string;
  /** `short` for staff lists, `long` (with the period) for the petitioner's page, `en` for English readers. */
  readonly labels: { readonly short: string; readonly long: string; readonly en: string };
}

const days = (count: number) => ({ count: 'calendar_days', days: count }) as const;

export const CLOCK_CATALOGUE = {
  acceptance: {
    holder: 'bureau',
    nature: 'duty',
    length: days(15),
    basis: '信访工作条例 Arts. 22, 23: decide acceptance within 15 days of receipt',
    labels: { short: '受理期限', long: '受理告知期限（收到之日起15日）', en: 'acceptance decision' },
  },
  unit_objection: {
    holder: 'unit',
    nature: 'right',
    // From the unit's receipt (签收); a handover recorded without one runs from the bureau's decision.
    length: { count: 'working_days', days: 5 },
    basis: '信访工作条例 Art. 22: the receiving unit may object within 5 working days of receipt that the matter is not its own',
    labels: { short: '异议期', long: '转送、交办异议期（签收之日起5个工作日）', en: 'unit objection window' },
  },
  unit_notice: {
    holder: 'unit',
    nature: 'duty',
    length: days(15),
    basis: '信访工作条例 Art. 22: the receiving unit tells the petitioner in writing within 15 days of receipt whether it accepts',
    labels: { short: '书面告知期限', long: '受理告知期限（有关单位签收之日起15日）', en: 'unit notice' },
  },
  completion_report: {
    holder: 'unit',
    nature: 'duty',
    // A date the bureau set with the assignment (or with a report it returned): never rolled.
    length: { count: 'until', param: 'reportBy' },
    basis: '交办 practice (条例 Art. 21): the assigned unit reports completion (办结报告) by the date the bureau set',
    labels: { short: '办结报告期限', long: '交办事项办结报告期限', en: 'completion report' },
  },
  supervision_answer: {
    holder: 'unit',
    nature: 'duty',
    // A date the bureau set with the supervision (or its escalation): never rolled.
    length: { count: 'until', param: 'answerBy' },
    basis: '督查督办 practice (条例 ch. 6): the supervised unit answers by the date the bureau set',
    labels: { short: '督办反馈期限', long: '督办事项反馈期限', en: 'supervision answer' },
  },
  handling: {
    holder: 'bureau',
    nature: 'duty',
    // One period from acceptance: an extension of E days makes it 60 + E, rolled once at its end.
    length: { count: 'calendar_days', days: 60, extension: { param: 'extensionDays', max: MAX_EXTENSION_DAYS } },
    basis: '信访工作条例 Art. 34: handle within 60 days of acceptance, extended once by at most 30',
    labels: { short: '办理期限', long: '办理期限（受理之日起60日，可延长一次）', en: 'handling' },
  },
  resolution_plan: {
    holder: 'bureau',
    nature: 'duty',
    // A date the panel chose with the calendar in front of it, not a period: never rolled.
    length: { count: 'until', param: 'resolveBy' },
    basis: 'Sheyang mock-court practice: the chair sets a resolve-by date (限期办结)',
    labels: { short: '限期办结', long: '听证化解方案限期办结', en: 'resolution plan' },
  },
  plan_task: {
    holder: 'unit',
    nature: 'duty',
    // A date the chair chose, like the resolve-by date: never rolled.
    length: { count: 'until', param: 'dueOn' },
    basis: "Sheyang mock-court practice: each task of the chair's plan is its owner unit's duty until its due date",
    labels: { short: '方案任务', long: '化解方案任务办理期限', en: 'plan task' },
  },
  review_window: {
    holder: 'petitioner',
    nature: 'right',
    length: days(30),
    basis: '信访工作条例 Art. 35: request a review within 30 days of the opinion being served',
    labels: { short: '申请复查期', long: '申请复查期限（收到处理意见之日起30日）', en: 'review window' },
  },
  review_answer: {
    holder: 'bureau',
    nature: 'duty',
    length: days(30),
    basis: '信访工作条例 Art. 35: the review opinion within 30 days of the request',
    labels: { short: '复查答复期限', long: '复查答复期限（30日）', en: 'review answer' },
  },
  final_review_window: {
    holder: 'petitioner',
    nature: 'right',
    length: days(30),
    basis: '信访工作条例 Art. 36: request a final review within 30 days of the review opinion being served',
    labels: { short: '申请复核期', long: '申请复核期限（收到复查意见之日起30日）', en: 'final-review window' },
  },
  final_review_answer: {
    holder: 'bureau',
    nature: 'duty',
    // Time spent on hearings during the final review is not counted: each adds its days.
    length: { count: 'calendar_days', days: 30, extension: { param: 'hearingPauseDays' } },
    basis: '信访工作条例 Art. 36: the final opinion within 30 days of the request, hearings not counted',
    labels: { short: '复核答复期限', long: '复核答复期限（30日，听证时间不计入）', en: 'final-review answer' },
  },
  rating_window: {
    holder: 'petitioner',
    nature: 'right',
    length: days(30),
    basis: 'practice: the petitioner rates the outcome within 30 days of closure, else it stays unrated',
    labels: { short: '评价期', long: '满意度评价期限（办结之日起30日）', en: 'rating window' },
  },
} as const satisfies Record<string, ClockDefinition>;

export type ClockKind = keyof typeof CLOCK_CATALOGUE;

/** The kinds in the catalogue's order (the order a case lists its clocks in). */
export const CLOCK_KINDS = Object.keys(CLOCK_CATALOGUE) as ClockKind[];

export function clockDefinition(kind: ClockKind): ClockDefinition {
  return CLOCK_CATALOGUE[kind];
}

/** The kinds that are someone's duty: the only ones that can be overdue and count in the measures. */
export const DUTY_CLOCK_KINDS: readonly ClockKind[] = CLOCK_KINDS.filter((kind) => clockDefinition(kind).nature === 'duty');

type LengthParams<Length> = Length extends { readonly count: 'calendar_days'; readonly extension: { readonly param: infer Param extends string } }
  ? { readonly [Key in Param]?: number }
  : Length extends { readonly count: 'until'; readonly param: infer Param extends string }
    ? { readonly [Key in Param]: IsoDate }
    : Readonly<Record<never, never>>;

/** What a clock of this kind carries besides its start: `{ extensionDays?: number }`, `{ resolveBy: IsoDate }`, or nothing. */
export type ClockParamsOf<Kind extends ClockKind> = LengthParams<(typeof CLOCK_CATALOGUE)[Kind]['length']>;
