/** Chinese for every code the API answers with: the dashboard's, and what the workbench adds. */
import { EVENT_LABELS as DASHBOARD_EVENT_LABELS } from '../../dashboard/src/labels';

export { BACKLOG_KIND_LABELS, CATEGORY_LABELS, CLOCK_LABELS, CLOCK_STATE_LABELS, labelOf, STAGE_LABELS, SUPERVISION_LEVEL_LABELS, SUPERVISION_STATE_LABELS } from '../../dashboard/src/labels';

/** The dashboard's names of events, and the case file's, which only the workbench's timeline shows. */
export const EVENT_LABELS: Record<string, string> = { ...DASHBOARD_EVENT_LABELS, AttachmentAdded: '添加卷宗材料', DocumentIssued: '出具文书', DocumentServed: '送达文书' };

export const ROLE_LABELS: Record<string, string> = { clerk: '工作人员', panel: '合议庭成员', auditor: '纪检监督', admin: '管理员', unit: '责任单位', leader: '包案领导' };

export const CHANNEL_LABELS: Record<string, string> = { visit: '走访', letter: '来信', online: '网上', phone: '电话' };

export const HEARING_ROLE_LABELS: Record<string, string> = { chair: '主持人', judge: '法官', lawyer: '律师', mediator: '调解员', deputy: '人大代表/政协委员' };

export const OPINION_LABELS: Record<string, string> = { supports: '支持', partially_supports: '部分支持', does_not_support: '不支持' };

export const HEARING_STATUS_LABELS: Record<string, string> = { scheduled: '待开庭', adjourned: '休庭', concluded: '已合议', cancelled: '已取消' };

export const DOCUMENT_LABELS: Record<string, string> = {
  'acceptance-notice': '受理告知书',
  'non-acceptance-notice': '不予受理告知书',
  'extension-notice': '延期告知书',
  'hearing-record': '听证笔录',
  'mediation-agreement': '调解协议书',
  'handling-opinion': '处理意见书',
  'review-opinion': '复查意见书',
  'final-review-opinion': '复核意见书',
};
