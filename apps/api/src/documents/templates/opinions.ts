import type { CompletedReview, HandledCase, HandlingOpinion, Hearing, HearingStage, OpinionOutcome } from '@xinfang/petition';
import { chineseDate, OPINION_OUTCOME_TERMS, PANEL_OPINION_TERMS, REVIEW_OUTCOME_TERMS } from './chinese-terms.js';
import { type DocumentPage, heading, paragraph, petitionerLines, text } from './document-layout.js';
import { html } from './safe-html.js';

/** The opinion documents: Art. 32's fields, then the right of review the next stage gives (Arts. 35, 36). */
export interface OpinionContext {
  readonly bureauName: string;
  /** The last day to ask for the next review, when the calendar covers it. */
  readonly windowDeadline: string | null;
}

type OpinionCase = HandledCase & { opinion: HandlingOpinion };

const OPINION_OUTCOME_SHORT: Record<OpinionOutcome, string> = { supported: '予以支持', explained: '解释说明', not_supported: '不予支持' };

/** 信访事项处理意见书 (Art. 32): request, facts, reasons, decision and legal basis, then the 30-day review right. */
export function handlingOpinion(petition: OpinionCase, context: OpinionContext): DocumentPage {
  const { acceptance, opinion } = petition;
  const deadline = context.windowDeadline && html`（即${chineseDate(context.windowDeadline)}前）`;
  return {
    title: '信访事项处理意见书',
    issuer: acceptance.handlingUnit,
    receiptNumber: petition.receiptNumber,
    date: opinion.servedOn,
    bureauName: context.bureauName,
    body: html`${petitionerLines(petition.petitioners, petition.groupSize)}
${paragraph(html`你（们）于${chineseDate(petition.receivedAt)}提出的“${petition.subject}”信访事项，于${chineseDate(acceptance.decidedAt)}受理，由本机关办理。${
      hearingsHeld(petition.hearings, 'accepted')}现依照《信访工作条例》第三十二条的规定，提出处理意见如下：`)}
${heading('一、信访请求')}
${paragraph(text(opinion.request))}
${heading('二、查明的事实')}
${paragraph(text(opinion.facts))}
${heading('三、处理理由')}
${paragraph(text(opinion.reasons))}
${heading('四、处理意见')}
${paragraph(OPINION_OUTCOME_TERMS[opinion.outcome])}
${heading('五、法律依据')}
${paragraph(text(opinion.legalBasis))}
${paragraph(html`如不服本处理意见，可以自收到本意见书之日起30日内${deadline}，向${acceptance.handlingUnit}的上一级机关、单位请求复查（《信访工作条例》第三十五条）。`)}`,
  };
}

/** 信访事项复查意见书 (Art. 35), then the 30-day final-review right (Art. 36). */
export function reviewOpinion(petition: OpinionCase & { review: CompletedReview }, context: OpinionContext): DocumentPage {
  const { acceptance, opinion, review } = petition;
  const deadline = context.windowDeadline && html`（即${chineseDate(context.windowDeadline)}前）`;
  return {
    title: '信访事项复查意见书',
    issuer: review.opinion.reviewingOrgan,
    receiptNumber: petition.receiptNumber,
    date: review.opinion.servedOn,
    bureauName: context.bureauName,
    body: html`${petitionerLines(petition.petitioners, petition.groupSize)}
${paragraph(html`${review.request.requestedBy}不服${acceptance.handlingUnit}于${chineseDate(opinion.servedOn)}就“${petition.subject}”信访事项作出的处理意见，于${
      chineseDate(review.request.requestedOn)}提出复查请求。本机关依照《信访工作条例》第三十五条的规定进行了复查。${hearingsHeld(petition.hearings, 'under_review')}现提出复查意见如下：`)}
${heading('一、原处理意见')}
${paragraph(html`${OPINION_OUTCOME_SHORT[opinion.outcome]}。处理理由：${text(opinion.reasons)}`)}
${heading('二、复查请求及理由')}
${paragraph(text(review.request.reasons))}
${heading('三、复查理由')}
${paragraph(text(review.opinion.reasons))}
${heading('四、复查意见')}
${paragraph(`${REVIEW_OUTCOME_TERMS[review.opinion.outcome]}${acceptance.handlingUnit}作出的原处理意见。`)}
${paragraph(html`如不服本复查意见，可以自收到本意见书之日起30日内${deadline}，向本机关的上一级机关、单位请求复核（《信访工作条例》第三十六条）。`)}`,
  };
}

/** 信访事项复核意见书 (Art. 36): the last word on the matter (终结). */
export function finalReviewOpinion(petition: OpinionCase & { review: CompletedReview; finalReview: CompletedReview }, context: Pick<OpinionContext, 'bureauName'>): DocumentPage {
  const { review, finalReview } = petition;
  return {
    title: '信访事项复核意见书',
    issuer: finalReview.opinion.reviewingOrgan,
    receiptNumber: petition.receiptNumber,
    date: finalReview.opinion.servedOn,
    bureauName: context.bureauName,
    body: html`${petitionerLines(petition.petitioners, petition.groupSize)}
${paragraph(html`${finalReview.request.requestedBy}不服${review.opinion.reviewingOrgan}于${chineseDate(review.opinion.servedOn)}就“${petition.subject}”信访事项作出的复查意见，于${
      chineseDate(finalReview.request.requestedOn)}提出复核请求。本机关依照《信访工作条例》第三十六条的规定进行了复核。${hearingsHeld(petition.hearings, 'under_final_review')}现提出复核意见如下：`)}
${heading('一、原处理意见及复查意见')}
${paragraph(html`原处理意见：${OPINION_OUTCOME_SHORT[petition.opinion.outcome]}。复查意见：${REVIEW_OUTCOME_TERMS[review.opinion.outcome]}原处理意见，复查理由：${text(review.opinion.reasons)}`)}
${heading('二、复核请求及理由')}
${paragraph(text(finalReview.request.reasons))}
${heading('三、复核理由')}
${paragraph(text(finalReview.opinion.reasons))}
${heading('四、复核意见')}
${paragraph(`${REVIEW_OUTCOME_TERMS[finalReview.opinion.outcome]}${review.opinion.reviewingOrgan}作出的复查意见。`)}
${paragraph('本复核意见为终结意见。信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，各级信访部门和其他机关、单位不再受理（《信访工作条例》第三十六条）。')}`,
  };
}

/** One sentence per mock-court hearing concluded in that stage: when, and what the panel concluded. */
function hearingsHeld(hearings: readonly Hearing[], stage: HearingStage) {
  return hearings
    .filter((hearing): hearing is Extract<Hearing, { status: 'concluded' }> => hearing.stage === stage && hearing.status === 'concluded')
    .map((hearing) => html`本事项于${chineseDate(hearing.hearingDate)}经模拟法庭听证评议，合议结论为${PANEL_OPINION_TERMS[hearing.conclusion.conclusion]}。`);
}
