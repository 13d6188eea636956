import type {
  Category, Channel, DelayParty, HearingRole, HearingStage, OpinionOutcome, OpinionValue, ReviewOutcome,
} from '@xinfang/petition';

/** `2026-03-02` → `2026年3月2日`: Arabic numerals without leading zeros, as GB/T 9704 dates a document. */
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export const CHANNEL_TERMS: Record<Channel, string> = { visit: '走访', letter: '来信', online: '网上信访', phone: '电话' };

export const CATEGORY_TERMS: Record<Category, string> = {
  housing_construction: '涉房涉建',
  labour_social_security: '劳动社保',
  agriculture_rural: '农业农村',
  law_litigation: '涉法涉诉',
};

export const HEARING_ROLE_TERMS: Record<HearingRole, string> = { chair: '主持人', judge: '法官', lawyer: '律师', mediator: '调解员', deputy: '人大代表、政协委员' };

/** The stage a hearing sat in: handling, review, final review, or for a programme hearing any stage. */
export const HEARING_STAGE_TERMS: Record<HearingStage, string> = {
  registered: '登记',
  forwarded: '转送',
  assigned: '交办',
  objected: '异议',
  accepted: '办理',
  not_accepted: '不予受理后',
  diverted: '导入法定途径后',
  channelled: '依法分类处理后',
  opinion_served: '处理意见送达后',
  closed: '办结后',
  under_review: '复查',
  reviewed: '复查后',
  under_final_review: '复核',
  concluded: '终结后',
};

/** A panel member's opinion, or the chair's conclusion, on the petitioner's demands. */
export const PANEL_OPINION_TERMS: Record<OpinionValue, string> = { supports: '支持', partially_supports: '部分支持', does_not_support: '不支持' };

/** 条例 Art. 32: support, explain, or not support the request. */
export const OPINION_OUTCOME_TERMS: Record<OpinionOutcome, string> = {
  supported: '对你（们）的信访请求予以支持。',
  explained: '你（们）的信访请求事由合理但缺乏法律依据，现予以解释说明。',
  not_supported: '你（们）的信访请求缺乏事实根据或者不符合法律、法规、规章或者其他有关规定，不予支持。',
};

export const REVIEW_OUTCOME_TERMS: Record<ReviewOutcome, string> = { upheld: '维持', changed: '变更', revoked: '撤销' };

export const DELAY_PARTY_TERMS: Record<DelayParty, string> = { petitioner: '信访人', unit: '责任单位', none: '无' };
