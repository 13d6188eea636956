import type { ClockState } from '@xinfang/calendar';
import type { PetitionStage, Rating } from '@xinfang/petition';

/** What the petitioner reads: plain Chinese, no internal codes needed to understand it. */
export const STAGE_LABELS: Readonly<Record<PetitionStage, string>> = {
  registered: '已登记，待决定是否受理',
  forwarded: '已转送有关单位',
  assigned: '已交办有关单位',
  objected: '有关单位提出异议，重新审查中',
  accepted: '已受理，正在办理',
  not_accepted: '不予受理',
  diverted: '已导入法律程序（诉访分离）',
  channelled: '已导入相应法定程序处理',
  opinion_served: '已出具处理意见',
  closed: '已办结',
  under_review: '复查中',
  reviewed: '已出具复查意见',
  under_final_review: '复核中',
  concluded: '已终结',
};

export const CLOCK_STATE_LABELS: Readonly<Record<Exclude<ClockState, 'not_started'>, string>> = {
  open: '进行中',
  due_soon: '即将到期',
  overdue: '已超期',
  met: '已按期完成',
  missed: '逾期完成',
  used: '已行使',
  lapsed: '期限届满，未行使',
  uncovered: '期限待定（当年节假日安排尚未载入）',
};

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

/** The surname stays, the rest is starred: enough to recognise one's own case, not to identify anyone. */
export function maskedName(name: string): string {
  const characters = [...name.trim()];
  return `${characters[0] ?? ''}${'*'.repeat(Math.max(1, characters.length - 1))}`;
}
