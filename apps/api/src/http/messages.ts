import { STAGE_TERMS } from '../exports/column-labels.js';
import type { FieldError, FieldErrorCode, ProblemDocument } from './problem.types.js';

/**
 * The message catalogue: the Chinese of every problem the API answers with, keyed by what is stable
 * in it — the problem type's slug (or the status, for a plain HTTP error), a field error's code, and
 * the domain's rule checks by their fixed wording. English is the default and is written where the
 * problem is raised (it names the particular case); a caller asking `Accept-Language: zh` (the
 * workbench always does) gets the title, the detail and every field error's message from here.
 * A problem with no Chinese detail here keeps the Chinese title as its detail rather than English;
 * one raised in Chinese already (the petitioner's pages word theirs so) keeps its detail.
 */

export type Language = 'en' | 'zh';

/** The caller's first choice among the languages we have, by q-value; English when it names neither. */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0]!, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((choice) => choice.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const first = ranked.find((choice) => choice.primary === 'zh' || choice.primary === 'en' || choice.primary === '*');
  return first?.primary === 'zh' ? 'zh' : 'en';
}

type Detail = (problem: ProblemDocument, retryAfter: string | undefined) => string;
interface ProblemText {
  readonly title: string;
  readonly detail?: Detail;
}

const later = (retryAfter: string | undefined) => {
  const seconds = Number(retryAfter);
  if (!Number.isFinite(seconds) || seconds <= 0) return '请稍后再试';
  return seconds < 60 ? `请在 ${seconds} 秒后再试` : `请在 ${Math.ceil(seconds / 60)} 分钟后再试`;
};
const stageOf = (stage: unknown) => (typeof stage === 'string' ? (STAGE_TERMS[stage] ?? stage) : '');
const stepOf = (step: unknown) => (typeof step === 'string' ? (STEP_TERMS[step] ?? step) : '');

/** Each problem type's Chinese, by slug. */
export const PROBLEM_TEXTS: Readonly<Record<string, ProblemText>> = {
  'validation-failed': { title: '请求有误', detail: () => '请求中有字段不符合要求，详见各字段说明。' },
  'rule-violated': { title: '不符合业务规则', detail: () => '请求违反了信访工作规则，详见各字段说明。' },
  'malformed-body': { title: '请求内容有误', detail: () => '请求内容无法读取：请发送有效的 JSON。' },
  'malformed-request': { title: '请求格式有误', detail: () => '无法读取该 HTTP 请求。' },
  'unsupported-media-type': { title: '不支持的内容类型', detail: () => '不支持该请求的内容类型：请以 JSON（application/json）发送；上传附件请用 multipart/form-data。' },
  'payload-too-large': { title: '请求内容过大', detail: (problem) => (typeof problem.limit === 'number' ? `上传的文件不能超过 ${problem.limit} 字节，未保存任何内容。` : '请求内容超过了允许的大小。') },
  'uri-too-long': { title: '网址过长', detail: () => '请求的网址超过了允许的长度。' },
  'headers-too-large': { title: '请求头过大', detail: () => '请求头超过了允许的大小。' },
  'not-acceptable': { title: '无法提供所要求的格式', detail: () => '服务无法以所要求的格式答复。' },
  'not-found': { title: '未找到', detail: () => '未找到所请求的内容，或您无权查看。' },
  'petition-not-found': { title: '未找到该信访事项', detail: () => '没有这个信访事项，或您无权查看。' },
  'petition-exists': { title: '该信访事项已登记', detail: () => '该信访事项已经登记，不能重复登记。' },
  'programme-not-found': { title: '未找到该专项', detail: () => '没有这个积案化解专项。' },
  'programme-exists': { title: '该专项已开展', detail: () => '该积案化解专项已经开展。' },
  'record-not-found': { title: '未找到', detail: () => '该案件没有路径所指的这项记录（听证、回避申请、方案任务或调解义务）。' },
  'hearing-not-found': { title: '未找到该听证', detail: () => '该案件没有这次听证。' },
  'supervision-not-found': { title: '未找到该督办', detail: () => '该案件没有这项督办，或它不是督办您所在单位的。' },
  'supervision-refused': { title: '该督办当前不能办理此事项', detail: () => '该督办当前的状态不允许此操作（已反馈、已是最高级别，或案件已无责任单位在办）。' },
  'user-not-found': { title: '未找到该用户', detail: () => '没有这个用户。' },
  'attachment-not-found': { title: '未找到该附件', detail: () => '该案件没有这个附件。' },
  'document-kind-not-found': { title: '没有这种文书', detail: () => '没有这种文书。' },
  'document-not-issued': { title: '未找到该文书', detail: () => '该案件没有出具这份文书。' },
  'document-erased': { title: '已删除', detail: () => '该文书含有的个人信息已依法删除。' },
  'attachment-erased': { title: '已删除', detail: () => '该附件含有的个人信息已依法删除。' },
  'transition-refused': {
    title: '当前阶段不能办理此事项',
    detail: (problem) => {
      const next = Array.isArray(problem.allowedNext) ? problem.allowedNext.map(stepOf).join('、') : '';
      return `案件处于“${stageOf(problem.stage)}”阶段，不能办理此事项；当前可办理：${next || '无'}。`;
    },
  },
  'document-not-available': { title: '案件尚未到达该文书所记载的环节', detail: (problem) => `案件处于“${stageOf(problem.stage)}”阶段，尚不能出具该文书。` },
  'already-served': { title: '已送达', detail: (problem) => `该文书已于 ${String(problem.servedOn ?? '')} 送达，只能送达一次。` },
  'already-recorded': { title: '已记录', detail: (problem) => `“${stepOf(problem.step)}”已于 ${String(problem.recordedOn ?? '')} 记录，只能记录一次。` },
  'proceeding-state': { title: '该程序当前状态不允许此操作', detail: () => '该程序（听证、调解、专项等）当前的状态不允许此操作。' },
  'not-permitted': { title: '无权办理', detail: () => '您不能办理此事项（不是该听证的合议庭成员、主持人，或不是该事项的责任单位）。' },
  'concurrent-modification': { title: '案件已被他人修改', detail: () => '同一时间该案件有另一项办理被记录，请重新读取案件后再试。' },
  'version-mismatch': { title: '案件已有新的办理', detail: (problem) => `案件已更新到第 ${String(problem.currentVersion ?? '')} 版，与 If-Match 不符：请重新读取案件后再试。` },
  'version-not-reached': { title: '案件尚无此版本', detail: () => '案件还没有到达所请求的版本。' },
  'idempotency-key-reused': { title: '幂等键已用于另一请求', detail: () => '该 Idempotency-Key 已用于另一个不同的请求。' },
  'idempotency-key-in-progress': { title: '相同请求正在处理', detail: () => '使用该 Idempotency-Key 的请求正在处理中，请稍后再试。' },
  'rate-limited': { title: '请求过于频繁', detail: (_problem, retryAfter) => `请求过于频繁，${later(retryAfter)}。` },
  'calendar-not-loaded': { title: '工作日历未覆盖该日期', detail: (problem) => `工作日历尚未载入 ${String(problem.date ?? '')} 所在年度，无法计算期限。` },
  'read-model-behind': { title: '数据尚未同步', detail: () => '查询数据尚未同步到最新办理，请稍后再试。' },
  'register-busy': { title: '文号登记簿繁忙', detail: () => '文号登记簿正忙，请稍后再试。' },
  'export-too-large': { title: '导出行数过多', detail: (problem) => `一次最多导出 ${String(problem.limit ?? '')} 行，请缩小筛选范围。` },
  'unreadable-file': { title: '文件无法使用', detail: () => '文件为空、不完整或已损坏，未保存任何内容。' },
  'already-rated': { title: '已经评价', detail: () => '该信访事项已经评价过，每件只能评价一次。' },
  'not-closed': { title: '尚未办结', detail: () => '该信访事项尚未办结，办结后方可评价。' },
  'rating-window-passed': { title: '评价期限已过', detail: () => '评价期限（办结之日起30日）已过，不能再评价。' },
  'pdf-unavailable': { title: '无法生成 PDF', detail: () => '本服务器不能生成 PDF。' },
  'csrf-token-missing': { title: '缺少安全令牌', detail: () => '缺少或错误的 CSRF 令牌：请刷新页面后再试。' },
  'cross-site-sign-in': { title: '拒绝跨站登录', detail: () => '不接受来自其他网站的登录请求。' },
  'sign-in-failed': { title: '登录失败', detail: () => '登录名或密码错误。' },
  'sign-in-locked': { title: '登录失败次数过多', detail: (_problem, retryAfter) => `登录失败次数过多，该登录名已暂时锁定，${later(retryAfter)}。` },
  'password-change-required': { title: '请先修改密码', detail: () => '首次登录或密码被重置后，请先设置新密码。' },
  'password-unchanged': { title: '新密码与原密码相同', detail: () => '新密码不能与原密码相同。' },
  'wrong-password': { title: '原密码错误', detail: () => '原密码不正确。' },
  'password-sign-in-off': { title: '请使用统一身份认证登录', detail: () => '本系统已启用统一身份认证，不能使用密码登录。' },
  'not-a-directory-session': { title: '此处不适用密码', detail: () => '当前登录方式没有本系统的密码。' },
  'own-account': { title: '不能对自己的账户操作', detail: () => '不能停用自己的账户或取消自己的管理员角色。' },
  'login-taken': { title: '登录名已被占用', detail: () => '该登录名已有用户使用。' },
  'oidc-not-configured': { title: '未启用统一身份认证', detail: () => '本系统未配置统一身份认证。' },
  'oidc-callback-refused': { title: '统一身份认证失败', detail: () => '统一身份认证的回调无效（状态或随机数不符，或授权码被拒绝），请重新登录。' },
  'oidc-no-roles': { title: '没有工作台角色', detail: () => '您的统一身份认证账户没有本系统的角色。' },
  'oidc-provider-unreachable': { title: '无法连接身份认证服务', detail: () => '暂时无法连接统一身份认证服务，请稍后再试。' },
  unavailable: { title: '服务暂不可用', detail: () => '服务暂时不可用，请稍后再试。' },
  'internal-error': { title: '服务器内部错误', detail: () => '请求意外失败；除非稍后查询能看到，否则未记录任何内容。' },
};

/** A plain HTTP error (`about:blank`), by status. */
export const STATUS_TEXTS: Readonly<Record<number, ProblemText>> = {
  400: { title: '请求有误', detail: () => '请求有误。' },
  401: { title: '未登录', detail: () => '未登录或登录已失效，请重新登录。' },
  403: { title: '无权操作', detail: () => '您的角色不能进行此操作。' },
  404: { title: '未找到', detail: () => '未找到所请求的内容，或您无权查看。' },
  405: { title: '不支持该请求方法', detail: () => '不支持该请求方法。' },
  409: { title: '冲突', detail: () => '请求与案件的当前状态冲突。' },
  412: { title: '前提条件不符', detail: () => '请求的前提条件不符。' },
  413: { title: '请求内容过大', detail: () => '请求内容超过了允许的大小。' },
  415: { title: '不支持的内容类型', detail: () => '不支持该请求的内容类型。' },
  422: { title: '无法处理', detail: () => '请求无法处理。' },
  429: { title: '请求过于频繁', detail: (_problem, retryAfter) => `请求过于频繁，${later(retryAfter)}。` },
  500: { title: '服务器内部错误', detail: () => '请求意外失败。' },
  502: { title: '上游服务出错', detail: () => '所依赖的服务出错，请稍后再试。' },
  503: { title: '服务暂不可用', detail: () => '服务暂时不可用，请稍后再试。' },
};

/** The workflow's steps, as `allowedNext` names them. */
export const STEP_TERMS: Readonly<Record<string, string>> = {
  register: '登记', accept: '受理', not_accept: '不予受理', forward: '转送', assign: '交办', divert: '导入法律程序', channel: '依法分类处理',
  object: '单位异议', sign_for_case: '责任单位签收', notify_petitioner: '书面告知信访人', decide_objection: '审查异议',
  schedule_hearing: '安排听证', reschedule_hearing: '听证改期', adjourn_hearing: '休庭', cancel_hearing: '取消听证',
  record_panel_opinion: '合议庭成员发表意见', conclude_hearing: '合议结论', request_recusal: '申请回避', decide_recusal: '回避决定',
  complete_plan_task: '完成化解任务', start_mediation: '启动调解', record_mediation_session: '记录调解会', record_mediation_agreement: '达成调解协议',
  record_mediation_failure: '调解不成', record_obligation_performance: '记录协议履行', extend: '延长办理期限', issue_opinion: '出具处理意见书',
  close: '办结', issue_review_opinion: '出具复查意见', request_final_review: '申请复核', issue_final_review_opinion: '出具复核意见',
  rate: '满意度评价', request_review: '申请复查', report_completion: '报送办结报告', verify_completion_report: '审核办结报告',
  record_follow_up: '回访', resolve_programme_case: '化解', sign_off_programme_case: '销号', reclassify: '重新分类', change_claim_type: '调整事项类型',
};

/** The Chinese of the fields people meet most, so a message names the field as the form does. */
export const FIELD_TERMS: Readonly<Record<string, string>> = {
  channel: '信访形式', petitioners: '信访人', name: '姓名', idNumber: '身份证号', phone: '电话', address: '地址', groupSize: '人数',
  subject: '信访事项', content: '内容', demands: '诉求', category: '类别', responsibleUnit: '责任单位', receivedAt: '登记日期',
  backlogKinds: '积案类型', handlingUnit: '承办单位', decidedAt: '决定日期', reason: '理由', reasons: '理由', note: '备注',
  toUnit: '接收单位', toOrgan: '接收机关', days: '延长天数', approver: '批准人', extendedOn: '延期日期', outcome: '结果',
  servedOn: '送达日期', closedOn: '办结日期', rating: '评价', ratedOn: '评价日期', hearingDate: '开庭日期', venue: '地点',
  scheduledOn: '安排日期', panel: '合议庭', opinion: '意见', reasoning: '理由', givenOn: '日期', conclusion: '合议结论', findings: '查明事实',
  resolutionPlan: '化解方案', resolveBy: '限期办结日期', concludedOn: '合议日期', login: '登录名', password: '密码', roles: '角色',
  unit: '单位', format: '格式', limit: '每页条数', cursor: '翻页位置', asOf: '统计日期', from: '起始日期', to: '截止日期', q: '关键词',
  file: '文件', kind: '种类', items: '条目', receivedOn: '签收日期', notifiedOn: '告知日期', reportedOn: '报告日期', summary: '办理情况',
  objectedAt: '异议日期', accepted: '是否受理',
};

function fieldName(field: string): string {
  const last = /([A-Za-z]+)(?:\[\d+\])?$/.exec(field)?.[1];
  const term = last ? FIELD_TERMS[last] : undefined;
  return term ? `${term}（${field}）` : field;
}

/** The number a limit's English message states (the last one: a field path may hold an index). */
function limitIn(message: string, field: string): string {
  const numbers = message.slice(message.startsWith(field) ? field.length : 0).match(/\d+/g);
  return numbers?.at(-1) ?? '';
}

function expectedType(message: string): string {
  if (/integer/.test(message)) return '整数';
  if (/number/.test(message)) return '数字';
  if (/boolean/.test(message)) return '是或否（true/false）';
  if (/array|list/.test(message)) return '列表';
  if (/string|text/.test(message)) return '文本';
  if (/object/.test(message)) return '对象';
  return '规定的类型';
}

const FIELD_MESSAGES: Readonly<Record<FieldErrorCode, (name: string, error: FieldError) => string>> = {
  required: (name) => `${name}为必填项`,
  type: (name, error) => `${name}的类型不对，应为${expectedType(error.message)}`,
  enum: (name, error) => {
    const allowed = /one of(?: the following values)?:?\s*(.+)$/.exec(error.message)?.[1];
    return allowed ? `${name}只能是以下之一：${allowed.split(/,\s*/).join('、')}` : `${name}不是允许的取值`;
  },
  format: (name, error) => (/YYYY-MM-DD|date/i.test(error.message) ? `${name}应为有效日期，格式 YYYY-MM-DD` : `${name}的格式不正确`),
  blank: (name) => `${name}不能为空白`,
  min_length: (name, error) => `${name}至少 ${limitIn(error.message, error.field)} 个字符`,
  max_length: (name, error) => `${name}不能超过 ${limitIn(error.message, error.field)} 个字符`,
  min: (name, error) => `${name}不能小于 ${limitIn(error.message, error.field)}`,
  max: (name, error) => `${name}不能大于 ${limitIn(error.message, error.field)}`,
  min_items: (name, error) => `${name}至少要有 ${limitIn(error.message, error.field)} 项`,
  max_items: (name, error) => `${name}最多 ${limitIn(error.message, error.field)} 项`,
  unique_items: (name) => `${name}中不能有重复项`,
  unknown_field: (_name, error) => `不接受字段 ${error.field}`,
  duplicate_field: (_name, error) => `字段 ${error.field} 重复出现`,
  not_applicable: (name) => `${name}在此情形下不适用，请不要填写`,
  unstorable_text: (name) => `${name}含有无法保存的字符`,
  one_of: (name) => `${name}：只能填写其中一项`,
  range: (name) => `${name}超出了允许的范围`,
  rule: (name, error) => ruleMessage(name, error.message),
  invalid: (name) => `${name}无效`,
};

/**
 * The decider's rule checks carry no code; those written by its shared checks (libs/petition
 * core/rule-checks.ts) have a fixed wording, which serves as one. Any other rule keeps its English
 * after a Chinese lead, so nothing the rule says is lost.
 */
const RULE_PATTERNS: readonly [RegExp, (name: string, match: RegExpExecArray) => string][] = [
  [/^must not be blank$/, (name) => `${name}不能为空白`],
  [/^must be at most (\d+) characters$/, (name, [, limit]) => `${name}不能超过 ${limit} 个字符`],
  [/^must be one of (.+)$/, (name, [, allowed]) => `${name}只能是以下之一：${allowed!.split(/,\s*/).join('、')}`],
  [/^must be a real date written YYYY-MM-DD$/, (name) => `${name}应为有效日期，格式 YYYY-MM-DD`],
  [/^must not be in the future \(today in Shanghai is (.+)\)$/, (name, [, today]) => `${name}不能晚于今天（${today}）`],
  [/^must not precede the (.+) on (.+)$/, (name, [, step, date]) => `${name}不能早于 ${date} 的${step}`],
  [/^must be a list of (.+)$/, (name) => `${name}应为列表`],
  [/^must name at least (\d+) (.+)$/, (name, [, limit]) => `${name}至少要有 ${limit} 项`],
  [/^must name at most (\d+) (.+?)(, got \d+)?$/, (name, [, limit]) => `${name}最多 ${limit} 项`],
];

function ruleMessage(name: string, message: string): string {
  for (const [pattern, render] of RULE_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return render(name, match);
  }
  return `${name}不符合规定：${message}`;
}

/** One field error's Chinese. */
export function chineseFieldMessage(error: FieldError): string {
  return FIELD_MESSAGES[error.code ?? 'invalid'](fieldName(error.field), error);
}

/**
 * The problem as the caller's language has it: unchanged in English; in Chinese, the title, the
 * detail and each field error's message from the catalogue. The type, status and extension
 * members stay as they are, so a client keys on them in either language.
 */
export function localizeProblem(problem: ProblemDocument, language: Language, headers: Readonly<Record<string, string>> = {}): ProblemDocument {
  if (language === 'en') return problem;
  const slug = problem.type.startsWith('/problems/') ? problem.type.slice('/problems/'.length) : undefined;
  const text = (slug !== undefined ? PROBLEM_TEXTS[slug] : undefined) ?? STATUS_TEXTS[problem.status] ?? { title: '请求失败' };
  const retryAfter = Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
  return {
    ...problem,
    title: text.title,
    // A problem raised in Chinese already (the petitioner's own pages) keeps its words.
    detail: isChinese(problem.detail) ? problem.detail : (text.detail?.(problem, retryAfter) ?? text.title),
    ...(problem.errors && { errors: problem.errors.map((error) => ({ ...error, message: isChinese(error.message) ? error.message : chineseFieldMessage(error) })) }),
  };
}

function isChinese(text: string | undefined): text is string {
  return text !== undefined && /[\u4e00-\u9fff]/.test(text);
}
