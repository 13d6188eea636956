import { CLOCK_CATALOGUE, type ClockKind } from '@xinfang/petition';
import { CATEGORY_TERMS, CHANNEL_TERMS } from '../documents/templates/chinese-terms.js';
import type { Measure } from '../read-models/cases/queries/read-model.responses.js';

/**
 * The Chinese every export writes: column headers, and the words for the codes in its cells. One
 * module, so that the case list, the deadlines, the measures and the intake template name a thing
 * the same way (and as the workbench and the dashboard do).
 */

export const STAGE_TERMS: Readonly<Record<string, string>> = {
  registered: '已登记', forwarded: '已转送', assigned: '已交办', objected: '单位异议', accepted: '办理中', not_accepted: '不予受理',
  diverted: '导入法律程序', channelled: '依法分类处理', opinion_served: '已出具处理意见', closed: '已办结', under_review: '复查中',
  reviewed: '已复查', under_final_review: '复核中', concluded: '已终结',
};

export const BACKLOG_KIND_TERMS: Readonly<Record<string, string>> = { four_level: '四级访未化解', long_standing: '信访积案', repeat: '重复访未化解' };

export const CLOCK_STATE_TERMS: Readonly<Record<string, string>> = {
  open: '进行中', due_soon: '即将到期', overdue: '已超期', met: '按期完成', missed: '逾期完成', used: '已行使', lapsed: '期满未行使', uncovered: '待定（日历未载入）',
};

export const CLAIM_TYPE_TERMS: Readonly<Record<string, string>> = { suggestion: '建议意见类', accusation: '检举控告类', claim: '申诉求决类', unclassified: '未分类' };

export const CLOSURE_OUTCOME_TERMS: Readonly<Record<string, string>> = { resolved_by_mediation: '调解化解', opinion_served: '出具处理意见', withdrawn: '撤回', diverted: '导入法律程序' };

export const OPINION_OUTCOME_SHORT_TERMS: Readonly<Record<string, string>> = { supported: '支持', explained: '解释说明', not_supported: '不予支持' };

export const RATING_TERMS: Readonly<Record<string, string>> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };

export const MEASURE_TERMS: Readonly<Record<Measure, string>> = {
  timelyAcceptance: '及时受理率', onTimeHandling: '按期办结率', satisfaction: '满意率', ratingParticipation: '参评率',
  repeatRate: '重复信访率', mediationSuccess: '调解成功率', resolutionRate: '化解率', supervisionAnswer: '督办按期反馈率',
};

export const CATEGORY_TERM_OF: Readonly<Record<string, string>> = CATEGORY_TERMS;
export const CHANNEL_TERM_OF: Readonly<Record<string, string>> = CHANNEL_TERMS;

export function clockTerm(kind: string): string {
  return (CLOCK_CATALOGUE as Record<string, { labels: { short: string } } | undefined>)[kind as ClockKind]?.labels.short ?? kind;
}

/** The word for a code, or the code itself when there is none (a code newer than this module). */
export function termOf(terms: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return terms[code] ?? code;
}

/** Column headers, by what the column holds. */
export const COLUMN_LABELS = {
  receiptNumber: '登记编号',
  receivedOn: '登记日期',
  subject: '信访事项',
  petitionerNames: '信访人',
  category: '类别',
  channel: '信访形式',
  stage: '办理阶段',
  responsibleUnit: '责任单位',
  handlingUnit: '承办单位',
  backlogKinds: '积案类型',
  concludedMatter: '已终结事项',
  closedOn: '办结日期',
  closureOutcome: '办结方式',
  opinionOutcome: '处理意见',
  rating: '满意度评价',
  clock: '期限',
  clockState: '状态',
  startedOn: '起算日期',
  deadline: '届满日期',
  daysLeft: '剩余天数',
  stoppedOn: '完成日期',
  unit: '责任单位',
  measure: '指标',
  numerator: '分子',
  denominator: '分母',
  rate: '比率',
  claimType: '信访类型',
  period: '统计期间',
} as const;
