import type { AcceptanceRecordOf, HandledCase, HandlingExtension, NotAcceptedPetition, DivertedPetition } from '@xinfang/petition';
import { CHANNEL_TERMS, chineseDate } from './chinese-terms.js';
import { addressee, type DocumentPage, paragraph, text } from './document-layout.js';
import { html } from './safe-html.js';

/** What every notice needs beside its own facts: who issues it, and the handling deadline when the calendar covers it. */
export interface NoticeContext {
  readonly bureauName: string;
  readonly handlingDeadline: string | null;
}

const HANDOVER_TERMS = { forwarded: '转送', assigned: '交办' } as const;

/** 受理告知书. */
export function acceptanceNotice(petition: HandledCase, context: NoticeContext): DocumentPage {
  const { acceptance, handover } = petition;
  const deadline = context.handlingDeadline && html`，即应当于${chineseDate(context.handlingDeadline)}前办结`;
  return {
    title: '受理告知书',
    issuer: context.bureauName,
    receiptNumber: petition.receiptNumber,
    date: acceptance.decidedAt,
    bureauName: context.bureauName,
    body: html`${addressee(petition.petitioners)}
${paragraph(html`你（们）于${chineseDate(petition.receivedAt)}通过${CHANNEL_TERMS[petition.channel]}方式提出的“${petition.subject}”信访事项，${
      handover && html`经于${chineseDate(handover.decidedAt)}${HANDOVER_TERMS[handover.decision]}${handover.toUnit}，`
    }已于${chineseDate(acceptance.decidedAt)}依法受理，由${acceptance.handlingUnit}负责办理。`)}
${acceptance.newFactsAndReasons && paragraph(html`该事项曾经复核终结。因你（们）提出了新的事实和理由，依法予以受理。新的事实和理由：${text(acceptance.newFactsAndReasons)}`)}
${paragraph(html`依照《信访工作条例》第三十四条的规定，办理机关应当自受理之日起60日内办结${deadline}；情况复杂的，经批准可以适当延长办理期限，但延长期限不得超过30日，并告知你（们）延期理由。`)}
${paragraph('特此告知。')}`,
  };
}

/** 不予受理告知书: not accepted, or diverted to a legal procedure (诉访分离). */
export function nonAcceptanceNotice(petition: NotAcceptedPetition | DivertedPetition, context: Pick<NoticeContext, 'bureauName'>): DocumentPage {
  const { acceptance } = petition;
  return {
    title: '不予受理告知书',
    issuer: context.bureauName,
    receiptNumber: petition.receiptNumber,
    date: acceptance.decidedAt,
    bureauName: context.bureauName,
    body: html`${addressee(petition.petitioners)}
${paragraph(html`你（们）于${chineseDate(petition.receivedAt)}通过${CHANNEL_TERMS[petition.channel]}方式提出的“${petition.subject}”信访事项，经审查，本机关依照《信访工作条例》的有关规定，决定不予受理。`)}
${acceptance.reason && paragraph(html`不予受理的理由：${text(acceptance.reason)}`)}
${acceptance.decision === 'diverted' && divertedParagraph(acceptance)}
${paragraph('特此告知。')}`,
  };
}

function divertedParagraph(acceptance: AcceptanceRecordOf<'diverted'>) {
  return paragraph(html`该事项属于涉法涉诉事项，应当依照法律规定的程序解决。本机关已按照诉访分离的要求将其导入${acceptance.toOrgan}依法处理，你（们）可以依照法律规定的程序向${acceptance.toOrgan}提出。`);
}

/** 延期告知书 (Art. 34). */
export function extensionNotice(petition: HandledCase & { extension: HandlingExtension }, context: NoticeContext): DocumentPage {
  const { acceptance, extension } = petition;
  const deadline = context.handlingDeadline && html`，延长后的办结期限为${chineseDate(context.handlingDeadline)}`;
  return {
    title: '延期告知书',
    issuer: context.bureauName,
    receiptNumber: petition.receiptNumber,
    date: extension.extendedOn,
    bureauName: context.bureauName,
    body: html`${addressee(petition.petitioners)}
${paragraph(html`你（们）提出的“${petition.subject}”信访事项，已于${chineseDate(acceptance.decidedAt)}受理，由${acceptance.handlingUnit}负责办理。因情况复杂，不能在60日内办结，经${extension.approver}批准，依照《信访工作条例》第三十四条的规定，办理期限延长${extension.days}日${deadline}。`)}
${paragraph(html`延期理由：${text(extension.reason)}`)}
${paragraph('特此告知。')}`,
  };
}
