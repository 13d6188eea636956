import type { PetitionCase } from '../case-types.js';
import { HEARING_ROLE_LABELS, HEARING_STATUS_LABELS, labelOf, OPINION_LABELS } from '../labels.js';
import { Panel } from '../parts.js';

/** 模拟法庭: each hearing with its panel, every member's opinion so far and the chair's conclusion. */
export function HearingsPanel({ found }: { found: PetitionCase }) {
  const hearings = found.petition.hearings ?? [];
  if (hearings.length === 0) return null;
  return (
    <Panel title="模拟法庭听证">
      {hearings.map((hearing) => (
        <article key={hearing.hearingId} className="hearing" data-hearing={hearing.hearingId} data-status={hearing.status}>
          <h3>{hearing.hearingDate} · {hearing.venue} · <span className="tag">{labelOf(HEARING_STATUS_LABELS, hearing.status)}</span></h3>
          <ul className="seats-list">
            {hearing.panel.map((seat) => {
              const opinion = hearing.opinions.find((given) => given.memberId === seat.memberId);
              return (
                <li key={seat.memberId} data-member={seat.memberId}>
                  <span className="seat-name">{seat.name}（{labelOf(HEARING_ROLE_LABELS, seat.role)}）</span>
                  {opinion ? <span className="opinion">{labelOf(OPINION_LABELS, opinion.opinion)}：{opinion.reasoning}</span> : <span className="muted">尚未发表意见</span>}
                </li>
              );
            })}
          </ul>
          {hearing.conclusion ? (
            <p className="conclusion" data-testid="hearing-conclusion">
              合议结论：<strong>{labelOf(OPINION_LABELS, hearing.conclusion.conclusion)}</strong>；{hearing.conclusion.findings}；化解方案：{hearing.conclusion.resolutionPlan}（限 {hearing.conclusion.resolveBy} 前办结）
            </p>
          ) : null}
        </article>
      ))}
    </Panel>
  );
}
