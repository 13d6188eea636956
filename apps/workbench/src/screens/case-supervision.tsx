import { type ReactNode, useState } from 'react';
import { call, get, newIdempotencyKey, type Session } from '../api.js';
import type { CaseSupervision, PetitionCase } from '../case-types.js';
import { CommandForm, type FieldSpec, type Values } from '../form.js';
import { CLOCK_LABELS, labelOf, SUPERVISION_LEVEL_LABELS, SUPERVISION_STATE_LABELS } from '../labels.js';
import { Empty, Panel, TableBox, useLoad } from '../parts.js';

// 督查督办 and the leaders' work on a case: side steps kept out of `allowedNext` (README "Supervision
// (督查督办) and leaders"), so offered here by role rather than among the case's next steps; each is
// sent, like a step, on the version the user saw (If-Match) with a fresh Idempotency-Key.

const STAFF = ['clerk', 'admin'];
const date = (name: string, label: string, required = false): FieldSpec => ({ name, label, kind: 'date', required, ...(required ? {} : { hint: '不填为今天' }) });
const long = (name: string, label: string, required = true): FieldSpec => ({ name, label, kind: 'textarea', required });
const text = (name: string, label: string, required = true): FieldSpec => ({ name, label, required });

const ISSUE: readonly FieldSpec[] = [
  { name: 'level', label: '督办级别', kind: 'select', options: SUPERVISION_LEVEL_LABELS, required: true },
  text('subject', '督办事项'),
  text('unit', '被督办单位（不填为当前承办单位）', false),
  date('answerBy', '反馈期限', true),
  date('issuedOn', '下发日期'),
];
const ANSWER: readonly FieldSpec[] = [long('progress', '办理进展'), { ...date('expectedCompletion', '预计办结日期'), hint: '' }, date('answeredOn', '反馈日期')];
const ESCALATE: readonly FieldSpec[] = [long('reason', '升级理由（逾期未反馈或反馈不到位）'), date('answerBy', '新的反馈期限', true), date('escalatedOn', '升级日期')];
const RECEPTION: readonly FieldSpec[] = [text('place', '接访地点'), long('instructions', '接访中的批示', false), date('receivedOn', '接访日期')];
const INSTRUCTION: readonly FieldSpec[] = [long('text', '批示内容'), date('instructedOn', '批示日期')];
/** A clerk records a leader's reception or instruction for them, by name. */
const FOR_LEADER: readonly FieldSpec[] = [text('leaderName', '领导姓名')];

/** Today as the bureau's calendar reads it (UTC+8). */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const weekAhead = () => new Date(Date.now() + 8 * 3_600_000 + 7 * 86_400_000).toISOString().slice(0, 10);

type Send = (suffix: string, body: Record<string, unknown>) => Promise<void>;

function useSend(found: PetitionCase, onDone: () => void, close: () => void): Send {
  return async (suffix, body) => {
    await call('POST', `/petitions/${found.id}/${suffix}`, { body, ifMatch: found.version, idempotencyKey: newIdempotencyKey() });
    close();
    onDone();
  };
}

function FormBox({ step, title, children }: { step: string; title: string; children: ReactNode }) {
  return (
    <div className="step-form" data-step={step}>
      <h3>{title}</h3>
      {children}
    </div>
  );
}

/** The state of a supervision's current level today: answered, or open until its answer-by date and overdue after. */
function stateOf(supervision: CaseSupervision): 'open' | 'overdue' | 'answered' {
  const round = supervision.rounds.at(-1)!;
  return round.answer ? 'answered' : round.answerBy < today() ? 'overdue' : 'open';
}

/** 督查督办: the case's supervisions, each level in order; a clerk issues and escalates, the supervised unit answers. */
export function CaseSupervisions({ found, session, params, onDone }: { found: PetitionCase; session: Session; params?: Readonly<Record<string, string>>; onDone: () => void }) {
  const staff = session.roles.some((role) => STAFF.includes(role));
  const proposedClock = staff ? params?.supervise : undefined;
  const [open, setOpen] = useState<string | null>(proposedClock ? 'issue' : null);
  const send = useSend(found, onDone, () => setOpen(null));
  const supervisions = found.petition.supervisions ?? [];
  const unitName = (ref: string) => found.units?.find((unit) => unit.ref === ref)?.name ?? ref;
  const isMine = (supervision: CaseSupervision) =>
    session.roles.includes('unit') && session.unit !== undefined && (supervision.unit === session.unit || found.units?.find((unit) => unit.ref === supervision.unit)?.code === session.unit);
  const mayAnswer = (supervision: CaseSupervision) => !supervision.rounds.at(-1)!.answer && (staff || isMine(supervision));
  const mayEscalate = (supervision: CaseSupervision) => staff && supervision.rounds.at(-1)!.level !== 'listed';
  const toggle = (key: string) => setOpen(open === key ? null : key);
  const issueInitial = {
    level: 'reminder',
    answerBy: weekAhead(),
    ...(proposedClock ? { subject: `超期未完成：${labelOf(CLOCK_LABELS, proposedClock)}`, unit: params?.unit ?? '' } : {}),
  };
  const chosen = supervisions.find((supervision) => open?.endsWith(`:${supervision.supervisionId}`));
  return (
    <Panel title="督查督办" actions={staff ? <button type="button" className={open === 'issue' ? '' : 'quiet'} aria-expanded={open === 'issue'} onClick={() => toggle('issue')}>下发督办</button> : undefined}>
      {supervisions.length === 0 ? <Empty /> : (
        <TableBox>
          <table className="compact" data-testid="case-supervisions">
            <thead><tr><th>督办事项</th><th>被督办单位</th><th>级别</th><th>反馈期限</th><th>状态</th><th>经过</th><th /></tr></thead>
            <tbody>
              {supervisions.map((supervision) => {
                const round = supervision.rounds.at(-1)!;
                const state = stateOf(supervision);
                return (
                  <tr key={supervision.supervisionId} data-supervision={supervision.supervisionId} data-state={state}>
                    <td className="wrap">{supervision.subject}</td>
                    <td>{unitName(supervision.unit)}</td>
                    <td>{labelOf(SUPERVISION_LEVEL_LABELS, round.level)}</td>
                    <td>{round.answerBy}</td>
                    <td><span className={`badge ${state}`}>{labelOf(SUPERVISION_STATE_LABELS, state)}</span></td>
                    <td className="wrap">
                      <ol className="rounds">
                        {supervision.rounds.map((item, index) => (
                          <li key={index}>
                            {item.from} {labelOf(SUPERVISION_LEVEL_LABELS, item.level)}{item.reason ? `（${item.reason}）` : ''}
                            {item.answer ? <span className="answer">：{item.answer.answeredOn} 反馈 {item.answer.progress}{item.answer.expectedCompletion ? `，预计 ${item.answer.expectedCompletion} 办结` : ''}</span> : null}
                          </li>
                        ))}
                      </ol>
                    </td>
                    <td className="actions">
                      {mayAnswer(supervision) ? <button type="button" className="quiet" onClick={() => toggle(`answer:${supervision.supervisionId}`)}>{isMine(supervision) ? '反馈' : '录入反馈'}</button> : null}
                      {mayEscalate(supervision) ? <button type="button" className="quiet" onClick={() => toggle(`escalate:${supervision.supervisionId}`)}>升级督办</button> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableBox>
      )}
      {open === 'issue' ? (
        <FormBox step="issue_supervision" title="下发督办">
          <CommandForm key={found.version} fields={ISSUE} initial={issueInitial} submitLabel="提交下发督办" onSubmit={(body) => send('supervisions', body)} />
        </FormBox>
      ) : null}
      {chosen && open === `answer:${chosen.supervisionId}` ? (
        <FormBox step="answer_supervision" title={`反馈：${chosen.subject}`}>
          <CommandForm key={found.version} fields={ANSWER} submitLabel="提交反馈" onSubmit={(body) => send(`supervisions/${chosen.supervisionId}/answer`, body)} />
        </FormBox>
      ) : null}
      {chosen && open === `escalate:${chosen.supervisionId}` ? (
        <FormBox step="escalate_supervision" title={`升级督办：${chosen.subject}`}>
          <CommandForm key={found.version} fields={ESCALATE} initial={{ answerBy: weekAhead() }} submitLabel="提交升级督办" onSubmit={(body) => send(`supervisions/${chosen.supervisionId}/escalation`, body)} />
        </FormBox>
      ) : null}
    </Panel>
  );
}

/** 领导包案: the owning leader, their receptions (接访) and instructions (批示); a clerk names the leader, the leader (or a clerk for them) records. */
export function CaseLeaders({ found, session, onDone }: { found: PetitionCase; session: Session; onDone: () => void }) {
  const staff = session.roles.some((role) => STAFF.includes(role));
  // A leader reads only the cases it owns, so a case it reads is one it may record on.
  const leader = session.roles.includes('leader');
  const mayRecord = staff || leader;
  const [open, setOpen] = useState<string | null>(null);
  const send = useSend(found, onDone, () => setOpen(null));
  const { owner, receptions = [], instructions = [] } = found.petition;
  const toggle = (key: string) => setOpen(open === key ? null : key);
  // A leader's own record is named from their session; a clerk's names the leader (the owner by default).
  const named = leader ? [] : FOR_LEADER;
  const forLeader: Values = leader ? {} : { leaderName: owner?.leaderName ?? '' };
  const withOwnerId = (body: Record<string, unknown>) => (!leader && owner && body.leaderName === owner.leaderName ? { ...body, leaderId: owner.leaderId } : body);
  return (
    <Panel
      title="领导包案"
      actions={
        <div className="step-buttons">
          {staff ? <button type="button" className={open === 'owner' ? '' : 'quiet'} aria-expanded={open === 'owner'} onClick={() => toggle('owner')}>指定包案领导</button> : null}
          {mayRecord ? <button type="button" className={open === 'reception' ? '' : 'quiet'} aria-expanded={open === 'reception'} onClick={() => toggle('reception')}>记录接访</button> : null}
          {mayRecord ? <button type="button" className={open === 'instruction' ? '' : 'quiet'} aria-expanded={open === 'instruction'} onClick={() => toggle('instruction')}>记录批示</button> : null}
        </div>
      }
    >
      <dl className="facts">
        <dt>包案领导</dt><dd data-testid="case-owner">{owner ? `${owner.leaderName}（${owner.post}）` : '暂无数据'}</dd>
        {owner ? <><dt>包案起始</dt><dd>{owner.from}</dd></> : null}
      </dl>
      {open === 'owner' ? <OwnerForm found={found} send={send} /> : null}
      {open === 'reception' ? (
        <FormBox step="record_reception" title="记录接访">
          <CommandForm key={found.version} fields={[...named, ...RECEPTION]} initial={forLeader} submitLabel="提交接访" onSubmit={(body) => send('receptions', withOwnerId(body))} />
        </FormBox>
      ) : null}
      {open === 'instruction' ? (
        <FormBox step="record_instruction" title="记录批示">
          <CommandForm key={found.version} fields={[...named, ...INSTRUCTION]} initial={forLeader} submitLabel="提交批示" onSubmit={(body) => send('instructions', withOwnerId(body))} />
        </FormBox>
      ) : null}
      <h3>接访与批示</h3>
      {receptions.length + instructions.length === 0 ? <Empty /> : (
        <ul className="leader-notes" data-testid="leader-notes">
          {[
            ...receptions.map((item, index) => ({ on: item.receivedOn, key: `r${index}`, kind: 'reception', who: `${item.leaderName} 接访`, what: `（${item.place}）${item.instructions ? `：${item.instructions}` : ''}` })),
            ...instructions.map((item, index) => ({ on: item.instructedOn, key: `i${index}`, kind: 'instruction', who: `${item.leaderName} 批示`, what: `：${item.text}` })),
          ].sort((a, b) => a.on.localeCompare(b.on)).map((note) => (
            <li key={note.key} data-kind={note.kind}><span className="when">{note.on}</span> <strong>{note.who}</strong>{note.what}</li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** 指定包案领导: the leaders of the directory (GET /leaders) to choose from; without any there, the id and name typed in. */
function OwnerForm({ found, send }: { found: PetitionCase; send: Send }) {
  const [leaders] = useLoad(() => get<{ id: string; name: string }[]>('/leaders').catch(() => []), 'leaders');
  if (leaders.status !== 'ready') return null;
  const known = leaders.data;
  const fields: FieldSpec[] = known.length > 0
    ? [{ name: 'leaderId', label: '包案领导', kind: 'select', required: true, options: Object.fromEntries(known.map((leader) => [leader.id, leader.name])) }]
    : [text('leaderId', '领导用户编号'), text('leaderName', '领导姓名')];
  fields.push(text('post', '职务'), date('from', '包案起始日期'));
  const withName = (body: Record<string, unknown>) => (known.length > 0 ? { ...body, leaderName: known.find((leader) => leader.id === body.leaderId)?.name } : body);
  return (
    <FormBox step="assign_owner" title="指定包案领导">
      <CommandForm key={found.version} fields={fields} submitLabel="提交包案领导" onSubmit={(body) => send('owner', withName(body))} />
    </FormBox>
  );
}
