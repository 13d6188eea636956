import { CLOCK_CATALOGUE, CLOCK_KINDS, DUTY_CLOCK_KINDS } from '../../../libs/petition/src/core/clock-catalogue';
/** The Chinese the bureau's leadership reads, for each code the API answers with. */

export const CATEGORY_LABELS: Record<string, string> = {
  housing_construction: '涉房涉建',
  labour_social_security: '劳动社保',
  agriculture_rural: '农业农村',
  law_litigation: '涉法涉诉',
};
export const CATEGORIES = Object.keys(CATEGORY_LABELS);

export const BACKLOG_KIND_LABELS: Record<string, string> = {
  four_level: '四级访未化解',
  long_standing: '信访积案',
  repeat: '重复访未化解',
  none: '一般信访事项',
};

/** The programme's tracks (积案化解). */
export const TRACK_LABELS: Record<string, string> = { simple: '快审快办', complex: '模拟法庭' };

export const AGE_BUCKET_LABELS: Record<string, string> = {
  '0-15': '15天以内',
  '16-30': '16–30天',
  '31-60': '31–60天',
  '61-90': '61–90天',
  '>90': '90天以上',
};

export const STAGE_LABELS: Record<string, string> = {
  registered: '已登记',
  forwarded: '已转送',
  assigned: '已交办',
  objected: '单位异议',
  accepted: '办理中',
  not_accepted: '不予受理',
  diverted: '导入法律程序',
  channelled: '依法分类处理',
  opinion_served: '已出具处理意见',
  closed: '已办结',
  under_review: '复查中',
  reviewed: '已复查',
  under_final_review: '复核中',
  concluded: '已终结',
};

/** Every clock's short name, from the clock catalogue the API itself reads. */
export const CLOCK_LABELS: Record<string, string> = Object.fromEntries(CLOCK_KINDS.map((kind) => [kind, CLOCK_CATALOGUE[kind].labels.short]));

/** The clocks that are someone's duty; the others are the petitioner's windows. */
export const BUREAU_CLOCKS: readonly string[] = DUTY_CLOCK_KINDS;

export const SUPERVISION_LEVEL_LABELS: Record<string, string> = { reminder: '催办', notice: '督办', listed: '挂牌督办' };
export const SUPERVISION_STATE_LABELS: Record<string, string> = { open: '待反馈', overdue: '逾期未反馈', answered: '已反馈' };

export const CLOCK_STATE_LABELS: Record<string, string> = {
  open: '进行中',
  due_soon: '即将到期',
  overdue: '已超期',
  met: '按期完成',
  missed: '逾期完成',
  used: '已行使',
  lapsed: '期满未行使',
  uncovered: '待定（日历未载入）',
};

export const CLOCK_STATE_COLOURS: Record<string, string> = {
  open: '#2f6fb3',
  due_soon: '#e6a23c',
  overdue: '#d03a2f',
  met: '#3a9b5c',
  missed: '#8c2a22',
  used: '#3a9b5c',
  lapsed: '#9aa4b1',
  uncovered: '#9aa4b1',
};

export const MEASURE_LABELS: Record<string, string> = {
  timelyAcceptance: '及时受理率',
  onTimeHandling: '按期办结率',
  satisfaction: '满意率',
  ratingParticipation: '参评率',
  repeatRate: '重复信访率',
  mediationSuccess: '调解成功率',
  resolutionRate: '化解率',
  supervisionAnswer: '督办按期反馈率',
};

export const EVENT_LABELS: Record<string, string> = {
  PetitionRegistered: '登记',
  PetitionAccepted: '受理',
  PetitionNotAccepted: '不予受理',
  PetitionForwarded: '转送',
  PetitionAssigned: '交办',
  PetitionDiverted: '导入法律程序',
  PetitionChannelled: '导入法定程序',
  HandoverReceived: '责任单位签收',
  UnitNoticeServed: '责任单位书面告知',
  ObjectionDecided: '异议审查决定',
  CompletionReportFiled: '报送办结报告',
  CompletionReportVerified: '办结报告审核认定',
  CompletionReportReturned: '办结报告退回重办',
  ClaimTypeChanged: '调整事项类型',
  UnitObjected: '单位提出异议',
  PetitionReclassified: '重新分类',
  HearingScheduled: '安排模拟法庭听证',
  HearingRescheduled: '听证改期',
  HearingAdjourned: '听证休庭',
  HearingCancelled: '听证取消',
  PanelOpinionRecorded: '合议庭成员发表意见',
  HearingConcluded: '听证合议结论',
  MediationStarted: '启动调解',
  MediationSessionHeld: '调解会',
  MediationAgreed: '达成调解协议',
  MediationFailed: '调解不成',
  HandlingExtended: '延长办理期限',
  HandlingOpinionIssued: '出具处理意见书',
  PetitionClosed: '办结',
  SatisfactionRated: '满意度评价',
  ReviewRequested: '申请复查',
  ReviewOpinionIssued: '出具复查意见',
  FinalReviewRequested: '申请复核',
  FinalReviewOpinionIssued: '出具复核意见',
  PersonalDataErased: '删除个人信息',
  RecusalRequested: '申请回避',
  RecusalDecided: '回避决定',
  PlanTaskCompleted: '化解方案任务完成',
  ObligationPerformed: '调解协议义务履行',
  ObligationBreached: '调解协议义务未履行',
  CaseEnrolledInProgramme: '纳入积案化解',
  FollowUpRecorded: '回访',
  ProgrammeCaseResolved: '化解',
  ProgrammeCaseRebounded: '反弹',
  ProgrammeCaseSignedOff: '销号',
  SupervisionIssued: '督办',
  SupervisionAnswered: '督办反馈',
  SupervisionEscalated: '督办升级',
  CaseOwnerAssigned: '领导包案',
  ReceptionRecorded: '领导接访',
  InstructionRecorded: '领导批示',
};

export const ROLE_LABELS: Record<string, string> = { clerk: '工作人员', panel: '合议庭成员', auditor: '纪检监督', admin: '管理员', unit: '责任单位', leader: '包案领导' };

export function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}
