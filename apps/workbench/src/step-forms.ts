import type { Session } from './api.js';
import { type Hearing, openHearing, type PetitionCase } from './case-types.js';
import type { FieldSpec, Values } from './form.js';
import { BACKLOG_KIND_LABELS, CATEGORY_LABELS, OPINION_LABELS } from './labels.js';

/** What a step form knows of the case it acts on. */
export interface CaseContext {
  readonly found: PetitionCase;
  readonly session: Session;
  readonly hearing: Hearing | undefined;
}

/**
 * One next step as a form: the `allowedNext` value that offers it, who may take it, where it posts,
 * its fields, and fixed parts of the body. Adding a step the API learns is adding an entry here.
 */
export interface StepForm {
  readonly step: string;
  readonly label: string;
  readonly path: (context: CaseContext) => string;
  readonly fields: readonly FieldSpec[];
  readonly who?: (context: CaseContext) => boolean;
  readonly fixed?: Readonly<Record<string, unknown>>;
  readonly initial?: (context: CaseContext) => Values;
  /** Reshapes the flat form into the request body, where a field is nested. */
  readonly reshape?: (body: Record<string, unknown>) => Record<string, unknown>;
  /** Rendered by its own component: the hearing's panel does not fit flat fields. */
  readonly custom?: 'schedule-hearing';
  /** Who may take it: the bureau's staff unless it says otherwise (a panel seat, the unit the case is with). */
  readonly roles?: readonly string[];
}

const date = (name: string, label: string): FieldSpec => ({ name, label, kind: 'date', hint: '不填为今天' });
const text = (name: string, label: string, required = true): FieldSpec => ({ name, label, required });
const long = (name: string, label: string, required = true): FieldSpec => ({ name, label, kind: 'textarea', required });
const choice = (name: string, label: string, options: Record<string, string>, required = true): FieldSpec => ({ name, label, kind: 'select', options, required });

const onCase = (suffix: string) => ({ found }: CaseContext) => `/petitions/${found.id}/${suffix}`;
const onHearing = (suffix: string) => ({ found, hearing }: CaseContext) => `/petitions/${found.id}/hearings/${hearing!.hearingId}/${suffix}`;
const STAFF = ['clerk', 'admin'];
const PANEL = ['panel'];
/** A unit's own steps on a case handed to it; a clerk may record them for the unit. */
const UNIT_AND_STAFF = ['unit', ...STAFF];
const seatOf = ({ session, hearing }: CaseContext) => hearing?.panel.find((seat) => seat.memberId === session.id);

const OPINION_OUTCOME_LABELS = { supported: '支持', explained: '解释说明', not_supported: '不予支持' };
const CLOSURE_LABELS = { opinion_served: '已出具处理意见', resolved_by_mediation: '调解化解', withdrawn: '撤回', diverted: '导入法律程序' };
const RATING_LABELS = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };
const REVIEW_OUTCOME_LABELS = { upheld: '维持', changed: '变更', revoked: '撤销' };
const DELAY_LABELS = { none: '无', petitioner: '信访人', unit: '责任单位' };
const NOTICE_LABELS = { accepted: '受理', not_accepted: '不予受理' };
const OBJECTION_DECISION_LABELS = { upheld: '异议成立（重新交转）', rejected: '异议不成立（仍由该单位办理）' };
const REPORT_REVIEW_LABELS = { verified: '审核认定', returned: '退回重办' };
const reviewOpinion = [choice('outcome', '复查结论', REVIEW_OUTCOME_LABELS), long('reasons', '理由'), text('reviewingOrgan', '复查机关'), date('servedOn', '送达日期')];
const reviewRequest = [text('requestedBy', '申请人（登记姓名）'), long('reasons', '申请理由'), date('requestedOn', '申请日期')];

export const STEP_FORMS: readonly StepForm[] = [
  { step: 'accept', label: '受理', path: onCase('acceptance'), fixed: { decision: 'accepted' }, fields: [text('handlingUnit', '承办单位'), text('note', '备注', false), date('decidedAt', '决定日期')] },
  { step: 'not_accept', label: '不予受理', path: onCase('acceptance'), fixed: { decision: 'not_accepted' }, fields: [long('reason', '理由'), date('decidedAt', '决定日期')] },
  { step: 'forward', label: '转送', path: onCase('acceptance'), fixed: { decision: 'forwarded' }, fields: [text('toUnit', '接收单位'), text('note', '备注', false), date('decidedAt', '决定日期')] },
  { step: 'assign', label: '交办', path: onCase('acceptance'), fixed: { decision: 'assigned' }, fields: [text('toUnit', '接收单位（单位代码或名称）'), { ...date('reportBy', '报送办结报告期限'), hint: '' }, text('note', '备注', false), date('decidedAt', '决定日期')] },
  { step: 'divert', label: '导入法律程序', path: onCase('acceptance'), fixed: { decision: 'diverted' }, fields: [text('toOrgan', '政法机关或法院'), long('reason', '说明', false), date('decidedAt', '决定日期')] },
  { step: 'sign_for_case', label: '签收', path: onCase('handover/receipt'), roles: UNIT_AND_STAFF, fields: [date('receivedOn', '签收日期')] },
  {
    step: 'notify_petitioner', label: '书面告知信访人', path: onCase('handover/notice'), roles: UNIT_AND_STAFF,
    fields: [choice('decision', '告知是否受理', NOTICE_LABELS), long('reason', '不予受理的理由', false), date('servedOn', '送达日期')],
  },
  {
    step: 'object', label: '提出异议', path: onCase('objection'), roles: UNIT_AND_STAFF,
    fields: [text('unit', '提出异议的单位（不填为接收单位）', false), long('reason', '异议理由（不属于本单位职责的依据）'), date('objectedAt', '异议日期')],
  },
  { step: 'decide_objection', label: '审查异议', path: onCase('objection/decision'), fields: [choice('decision', '审查结论', OBJECTION_DECISION_LABELS), long('reason', '理由'), date('decidedOn', '决定日期')] },
  { step: 'report_completion', label: '报送办结报告', path: onCase('completion-report'), roles: UNIT_AND_STAFF, fields: [long('summary', '办理情况和结果'), date('filedOn', '报送日期')] },
  {
    step: 'verify_completion_report', label: '审核办结报告', path: onCase('completion-report/verification'),
    fields: [choice('decision', '审核结论', REPORT_REVIEW_LABELS), long('reason', '退回理由（退回时填）', false), { ...date('reportBy', '重新报送期限（退回时填）'), hint: '' }, text('note', '备注（认定时可填）', false), date('reviewedOn', '审核日期')],
  },
  {
    step: 'reclassify', label: '重新分类', path: onCase('reclassification'),
    initial: ({ found }) => ({ category: found.petition.category, backlogKinds: found.petition.backlogKinds }),
    fields: [choice('category', '类别', CATEGORY_LABELS), { name: 'backlogKinds', label: '积案类型', kind: 'multi', options: BACKLOG_KIND_LABELS }, long('reason', '理由'), date('reclassifiedOn', '日期')],
  },
  { step: 'schedule_hearing', label: '安排模拟法庭听证', path: onCase('hearings'), fields: [], custom: 'schedule-hearing' },
  { step: 'reschedule_hearing', label: '听证改期', path: onHearing('rescheduling'), fields: [{ ...date('hearingDate', '新开庭日期'), required: true, hint: '' }, text('venue', '地点（不变可不填）', false), date('rescheduledOn', '改期日期')] },
  { step: 'adjourn_hearing', label: '休庭', path: onHearing('adjournment'), fixed: { action: 'adjourn' }, fields: [long('reason', '理由'), date('adjournedOn', '休庭日期')] },
  { step: 'cancel_hearing', label: '取消听证', path: onHearing('adjournment'), fixed: { action: 'cancel' }, fields: [long('reason', '理由'), date('cancelledOn', '取消日期')] },
  {
    step: 'record_panel_opinion', label: '发表个人意见', path: onHearing('opinions'), roles: PANEL,
    who: (context) => seatOf(context) !== undefined && !context.hearing!.opinions.some((opinion) => opinion.memberId === context.session.id),
    fields: [choice('opinion', '意见', OPINION_LABELS), long('reasoning', '理由'), date('givenOn', '日期')],
  },
  {
    step: 'conclude_hearing', label: '合议结论', path: onHearing('conclusion'), roles: PANEL, who: (context) => seatOf(context)?.role === 'chair',
    fields: [choice('conclusion', '合议结论', OPINION_LABELS), long('findings', '查明事实'), long('resolutionPlan', '化解方案'), { ...date('resolveBy', '限期办结日期'), required: true, hint: '' }, date('concludedOn', '合议日期')],
  },
  { step: 'start_mediation', label: '启动调解', path: onCase('mediation'), fields: [text('mediator', '调解组织或调解员'), text('note', '备注', false), date('startedOn', '开始日期')] },
  {
    step: 'record_mediation_session', label: '记录调解会', path: onCase('mediation/sessions'),
    fields: [{ name: 'attendees', label: '参加人', kind: 'lines', required: true, hint: '以逗号或换行分隔' }, long('summary', '经过'), choice('delayRequestedBy', '谁要求延后', DELAY_LABELS, false), text('delayReason', '延后理由', false), date('heldOn', '日期')],
  },
  {
    step: 'record_mediation_agreement', label: '达成调解协议', path: onCase('mediation/agreement'),
    fields: [long('terms', '协议内容'), text('party', '义务人'), text('obligation', '义务'), { ...date('dueOn', '履行期限'), required: true, hint: '' }, date('agreedOn', '协议日期')],
    reshape: ({ party, obligation, dueOn, ...rest }) => ({ ...rest, obligations: [{ party, obligation, dueOn }] }),
  },
  { step: 'record_mediation_failure', label: '调解不成', path: onCase('mediation/failure'), fields: [long('reason', '原因'), date('failedOn', '日期')] },
  { step: 'extend', label: '延长办理期限', path: onCase('extension'), fields: [{ name: 'days', label: '延长天数（≤30）', kind: 'number', required: true }, long('reason', '理由'), text('approver', '批准人'), date('extendedOn', '日期')] },
  {
    step: 'issue_opinion', label: '出具处理意见书', path: onCase('opinion'),
    fields: [choice('outcome', '处理结果', OPINION_OUTCOME_LABELS), long('request', '信访请求'), long('facts', '查明事实'), long('reasons', '理由'), text('legalBasis', '法律依据'), date('servedOn', '送达日期')],
  },
  { step: 'close', label: '办结', path: onCase('closure'), fields: [choice('outcome', '办结方式', CLOSURE_LABELS), text('reason', '理由（撤回、导入时）', false), text('toOrgan', '接收机关（导入时）', false), text('note', '备注', false), date('closedOn', '办结日期')] },
  { step: 'rate', label: '满意度评价', path: onCase('rating'), fields: [choice('rating', '评价', RATING_LABELS), date('ratedOn', '评价日期')] },
  { step: 'request_review', label: '申请复查', path: onCase('review'), fields: reviewRequest },
  { step: 'issue_review_opinion', label: '出具复查意见', path: onCase('review/opinion'), fields: reviewOpinion },
  { step: 'request_final_review', label: '申请复核', path: onCase('final-review'), fields: reviewRequest },
  { step: 'issue_final_review_opinion', label: '出具复核意见', path: onCase('final-review/opinion'), fields: reviewOpinion },
];

/** The forms this user may fill now: the case's allowed next steps, less those their role or seat rules out. */
export function formsFor(found: PetitionCase, session: Session): { form: StepForm; context: CaseContext }[] {
  const context: CaseContext = { found, session, hearing: openHearing(found) };
  return STEP_FORMS.filter((form) => {
    if (!found.allowedNext.includes(form.step)) return false;
    const rolesFit = (form.roles ?? STAFF).some((role) => session.roles.includes(role));
    return rolesFit && (form.who?.(context) ?? true);
  }).map((form) => ({ form, context }));
}
