import type { HandledCase, Hearing, HearingConclusion, PanelMember } from '@xinfang/petition';
import { CATEGORY_TERMS, chineseDate, HEARING_ROLE_TERMS, HEARING_STAGE_TERMS, PANEL_OPINION_TERMS } from './chinese-terms.js';
import { type DocumentPage, heading, paragraph, petitionerLines, text } from './document-layout.js';
import { html } from './safe-html.js';

/**
 * The record goes to the panel and the units at the hearing: for an accusation (检举、揭发) it names
 * no accuser (条例 Art. 30 keeps the accuser's identity confidential), while notices and opinions,
 * addressed to the accuser, still do.
 */
const WITHHELD_ACCUSER = html`<p class="flush">信访人：检举、揭发人身份依法保密（《信访工作条例》第三十条）。</p>`;

export type ConcludedHearing = Extract<Hearing, { status: 'concluded' }>;

/** 听证笔录: the mock-court hearing as held, with every panel member's opinion and the chair's conclusion. */
export function hearingRecord(petition: HandledCase, hearing: ConcludedHearing, bureauName: string): DocumentPage {
  const chair = hearing.panel.find((member) => member.role === 'chair');
  const others = hearing.panel.filter((member) => member.role !== 'chair');
  const { attendees, conclusion } = hearing;
  return {
    title: '模拟法庭听证笔录',
    issuer: bureauName,
    receiptNumber: petition.receiptNumber,
    date: conclusion.concludedOn,
    bureauName,
    signatures: ['主持人（签名）', '合议庭成员（签名）', '信访人（签名）', '责任单位代表（签名）', '记录人（签名）'],
    body: html`<dl>
<dt>案由：</dt><dd>${petition.subject}</dd>
<dt>信访类别：</dt><dd>${CATEGORY_TERMS[petition.category]}</dd>
<dt>听证阶段：</dt><dd>${HEARING_STAGE_TERMS[hearing.stage]}</dd>
<dt>听证时间：</dt><dd>${chineseDate(hearing.hearingDate)}</dd>
<dt>听证地点：</dt><dd>${hearing.venue}</dd>
<dt>主持人：</dt><dd>${chair?.name}</dd>
<dt>合议庭成员：</dt><dd>${others.map((member) => `${member.name}（${HEARING_ROLE_TERMS[member.role]}）`).join('、')}</dd>
<dt>信访人到场：</dt><dd>${attendees.petitioner ? '到场' : '未到场'}</dd>
${attendees.petitionerLawyer && html`<dt>代理律师：</dt><dd>${attendees.petitionerLawyer}</dd>`}
<dt>责任单位：</dt><dd>${attendees.responsibleUnit}</dd>
</dl>
${petition.claimType === 'accusation' ? WITHHELD_ACCUSER : petitionerLines(petition.petitioners, petition.groupSize)}
${heading('一、听证经过')}
${paragraph(html`本次听证于${chineseDate(hearing.scheduledOn)}安排，于${chineseDate(hearing.hearingDate)}在${hearing.venue}举行。`)}
${hearing.adjournments.map((adjournment) =>
  paragraph(html`原定于${chineseDate(adjournment.hearingDate)}举行的听证，于${chineseDate(adjournment.adjournedOn)}延期，延期理由：${text(adjournment.reason)}`),
)}
${heading('二、信访事项')}
${paragraph(html`信访请求：${text(petition.demands)}`)}
${paragraph(html`事实与理由：${text(petition.content)}`)}
${heading('三、合议庭成员意见')}
${opinionTable(hearing, conclusion)}
${heading('四、合议结论')}
${paragraph(html`经合议，对信访人的请求：${PANEL_OPINION_TERMS[conclusion.conclusion]}。`)}
${paragraph(html`查明事实：${text(conclusion.findings)}`)}
${paragraph(html`化解方案：${text(conclusion.resolutionPlan)}`)}
${paragraph(html`限期办结：责任单位应当于${chineseDate(conclusion.resolveBy)}前办结。`)}`,
  };
}

function opinionTable(hearing: ConcludedHearing, conclusion: HearingConclusion) {
  const rows = hearing.panel.map((member: PanelMember) => {
    const given = hearing.opinions.find((opinion) => opinion.memberId === member.memberId);
    const absent = conclusion.absentMemberIds.includes(member.memberId);
    return html`<tr><td class="short">${member.name}</td><td class="short">${HEARING_ROLE_TERMS[member.role]}</td>${
      given
        ? html`<td class="short">${PANEL_OPINION_TERMS[given.opinion]}</td><td class="text">${given.reasoning}</td><td class="short">${chineseDate(given.givenOn)}</td>`
        : html`<td class="short">${absent ? '未出席' : '未发表意见'}</td><td></td><td></td>`
    }</tr>`;
  });
  return html`<table><thead><tr><th>姓名</th><th>身份</th><th>意见</th><th>理由</th><th>日期</th></tr></thead><tbody>${rows}</tbody></table>`;
}
