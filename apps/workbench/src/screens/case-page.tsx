import { useState } from 'react';
import { get, type Session } from '../api.js';
import type { CaseClock, PetitionCase } from '../case-types.js';
import { CATEGORY_LABELS, CHANNEL_LABELS, CLOCK_LABELS, CLOCK_STATE_LABELS, EVENT_LABELS, labelOf, ROLE_LABELS, STAGE_LABELS } from '../labels.js';
import { Empty, Loading, Panel, TableBox, useLoad } from '../parts.js';
import { formsFor } from '../step-forms.js';
import { CaseAttachments, CaseDocuments } from './case-documents.js';
import { CaseLeaders, CaseSupervisions } from './case-supervision.js';
import { HearingsPanel } from './hearings-panel.js';
import { StepFormBox } from './step-form-box.js';

const READS_LISTS = ['clerk', 'admin', 'auditor'];
/** Who sees the case's supervisions (the unit its own, to answer), and who its leaders' work. */
const SEES_SUPERVISION = [...READS_LISTS, 'unit', 'leader'];
const SEES_LEADERS = [...READS_LISTS, 'leader'];

/** 案件: the record, its timeline and clocks, hearings, documents, and the steps this user may take next. */
export function CasePage({ id, session, params }: { id: string; session: Session; params?: Readonly<Record<string, string>> }) {
  const readsLists = session.roles.some((role) => READS_LISTS.includes(role));
  const seesSupervision = session.roles.some((role) => SEES_SUPERVISION.includes(role));
  const seesLeaders = session.roles.some((role) => SEES_LEADERS.includes(role));
  const [loaded, reload] = useLoad(() => get<PetitionCase>(`/petitions/${encodeURIComponent(id)}`), id);
  return (
    <div className="view" data-screen="case">
      <Loading state={loaded}>
        {(found) => (
          <>
            <CaseFacts found={found} />
            <NextSteps found={found} session={session} onDone={reload} />
            <div className="grid two">
              <Panel title="办理经过">
                <ol className="timeline">
                  {found.steps.map((step) => (
                    <li key={step.version} data-event={step.type}>
                      <span className="when">{step.businessDate ?? step.recordedAt.slice(0, 10)}</span>
                      <span className="what">{labelOf(EVENT_LABELS, step.type)}</span>
                      <span className="who">{step.actor.name}（{labelOf(ROLE_LABELS, step.actor.role)}）</span>
                    </li>
                  ))}
                </ol>
              </Panel>
              <Clocks clocks={found.clocks ?? []} />
            </div>
            {seesSupervision ? <CaseSupervisions found={found} session={session} onDone={reload} {...(params ? { params } : {})} /> : null}
            {seesLeaders ? <CaseLeaders found={found} session={session} onDone={reload} /> : null}
            <HearingsPanel found={found} />
            {readsLists ? <CaseDocuments found={found} session={session} onDone={reload} /> : null}
            <CaseAttachments found={found} session={session} onDone={reload} />
          </>
        )}
      </Loading>
    </div>
  );
}

function CaseFacts({ found }: { found: PetitionCase }) {
  const { petition } = found;
  // A unit named by its code reads as its registered name.
  const unitName = (ref: string) => found.units?.find((unit) => unit.ref === ref)?.name ?? ref;
  return (
    <Panel title={`${petition.receiptNumber} · ${petition.subject}`}>
      <dl className="facts">
        <dt>当前阶段</dt><dd data-testid="case-stage">{labelOf(STAGE_LABELS, found.stage)}</dd>
        <dt>类别</dt><dd>{labelOf(CATEGORY_LABELS, petition.category)}</dd>
        <dt>来访方式</dt><dd>{labelOf(CHANNEL_LABELS, petition.channel)}</dd>
        <dt>收到日期</dt><dd>{petition.receivedAt}</dd>
        <dt>信访人</dt><dd>{petition.petitioners.map((petitioner) => petitioner.name).join('、')}</dd>
        <dt>责任单位</dt><dd>{unitName(petition.responsibleUnit)}</dd>
        {petition.acceptance?.handlingUnit ? <><dt>承办单位</dt><dd>{unitName(petition.acceptance.handlingUnit)}</dd></> : null}
        {petition.acceptance?.toUnit ? <><dt>{petition.acceptance.decision === 'assigned' ? '交办单位' : '转送单位'}</dt><dd>{unitName(petition.acceptance.toUnit)}</dd></> : null}
      </dl>
      <p className="prose"><strong>诉求：</strong>{petition.demands}</p>
    </Panel>
  );
}

function NextSteps({ found, session, onDone }: { found: PetitionCase; session: Session; onDone: () => void }) {
  const forms = formsFor(found, session);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Panel title="可办理的步骤">
      {forms.length === 0 ? <Empty /> : (
        <div className="step-buttons">
          {forms.map(({ form }) => (
            <button key={form.step} type="button" className={open === form.step ? '' : 'quiet'} aria-expanded={open === form.step} onClick={() => setOpen(open === form.step ? null : form.step)}>{form.label}</button>
          ))}
        </div>
      )}
      {forms.filter(({ form }) => form.step === open).map(({ form, context }) => (
        <StepFormBox key={`${form.step}-${found.version}`} form={form} context={context} onDone={() => { setOpen(null); onDone(); }} />
      ))}
    </Panel>
  );
}

const HOLDER_LABELS: Record<string, string> = { bureau: '本局', unit: '责任单位', petitioner: '信访人' };

/** The case's clocks as GET /petitions/{id} reads them today: whose each is, and where it stands. */
function Clocks({ clocks }: { clocks: CaseClock[] }) {
  return (
    <Panel title="法定期限">
      {clocks.length === 0 ? <Empty /> : (
        <TableBox>
          <table className="compact">
            <thead><tr><th>期限</th><th>承担方</th><th>起算日</th><th>届满日</th><th>状态</th></tr></thead>
            <tbody>
              {clocks.map((clock) => (
                <tr key={`${clock.clock}-${clock.seq}`} data-clock={clock.clock} data-state={clock.state}>
                  <td>{labelOf(CLOCK_LABELS, clock.clock)}</td>
                  <td>{labelOf(HOLDER_LABELS, clock.holder)}</td>
                  <td>{clock.startedOn}</td>
                  <td>{clock.deadline ?? `待定（${clock.uncovered}）`}</td>
                  <td><span className={`badge ${clock.state}`}>{labelOf(CLOCK_STATE_LABELS, clock.state)}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </Panel>
  );
}
