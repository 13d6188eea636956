import type { HandledCase, Mediation } from '@xinfang/petition';
import { chineseDate, DELAY_PARTY_TERMS } from './chinese-terms.js';
import { type DocumentPage, heading, paragraph, petitionerLines, text } from './document-layout.js';
import { html } from './safe-html.js';

export type AgreedMediation = Extract<Mediation, { status: 'agreed' }>;

/** 调解协议书: the agreement's terms and obligations, and every session with who asked to put it off. */
export function mediationAgreement(petition: HandledCase, mediation: AgreedMediation, bureauName: string): DocumentPage {
  const { agreement } = mediation;
  const unit = petition.acceptance.handlingUnit;
  return {
    title: '调解协议书',
    issuer: bureauName,
    receiptNumber: petition.receiptNumber,
    date: agreement.agreedOn,
    bureauName,
    signatures: ['信访人（签名）', `${unit}（盖章）`, '调解员（签名）'],
    body: html`${petitionerLines(petition.petitioners, petition.groupSize)}
<p class="flush">责任单位：${unit}</p>
<p class="flush">调解组织（调解员）：${mediation.mediator}</p>
${paragraph(html`双方就“${petition.subject}”信访事项，自${chineseDate(mediation.startedOn)}起在${mediation.mediator}主持下进行调解${
      mediation.sessions.length > 0 && html`，共调解${mediation.sessions.length}次`
    }。经调解，双方在自愿、平等的基础上达成如下协议：`)}
${heading('一、协议内容')}
${paragraph(text(agreement.terms))}
${heading('二、履行义务')}
<table><thead><tr><th>义务方</th><th>义务内容</th><th>履行期限</th></tr></thead><tbody>${agreement.obligations.map(
  (obligation) => html`<tr><td>${obligation.party}</td><td class="text">${obligation.obligation}</td><td class="short">${chineseDate(obligation.dueOn)}</td></tr>`,
)}</tbody></table>
${mediation.sessions.length > 0 && html`${heading('三、调解经过')}
<table><thead><tr><th>日期</th><th>参加人员</th><th>调解情况</th><th>申请延期</th></tr></thead><tbody>${mediation.sessions.map(
  (session) => html`<tr><td class="short">${chineseDate(session.heldOn)}</td><td>${session.attendees.join('、')}</td><td class="text">${session.summary}</td><td>${
    DELAY_PARTY_TERMS[session.delayRequestedBy]}${session.delayReason && html`：${session.delayReason}`}</td></tr>`,
)}</tbody></table>`}
${paragraph('本协议经双方签字（盖章）后生效，双方应当按照约定全面履行。本协议一式三份，双方当事人及调解组织各执一份。')}`,
  };
}
