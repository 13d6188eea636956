import { allPages, download, getJson, type LedgerCounts, type ProgrammeLedger, type ProgrammeList } from '../api.js';
import { type ChartOption, EChart } from '../echart.js';
import { BACKLOG_KIND_LABELS, CATEGORIES, CATEGORY_LABELS, labelOf, TRACK_LABELS } from '../labels.js';
import { Figure, Loading, Panel } from '../parts.js';
import { useLoad } from '../use-load.js';

const REASONS = ['four_level', 'long_standing', 'repeat'];
const TRACKS = Object.keys(TRACK_LABELS);
const COUNTS: readonly { key: keyof LedgerCounts; label: string }[] = [
  { key: 'enrolled', label: '纳入' },
  { key: 'heard', label: '已开庭' },
  { key: 'resolved', label: '已化解' },
  { key: 'signedOff', label: '已销号' },
  { key: 'rebounded', label: '反弹' },
  { key: 'tasksOverdue', label: '逾期任务' },
];

/** 积案化解台账: a programme's ledger as of the chosen date, by category, by reason and track, and by owning leader. */
export function ProgrammeView({ asOf, programmeId, onChoose }: { asOf: string; programmeId: string | undefined; onChoose: (programmeId: string) => void }) {
  const loaded = useLoad(async () => {
    const programmes = await allPages((cursor) => getJson<ProgrammeList>('/programmes', { limit: '200', cursor }), (page) => page.items);
    const chosen = programmes.find((programme) => programme.programmeId === programmeId) ?? programmes[0];
    return { programmes, ledger: chosen ? await getJson<ProgrammeLedger>(`/programmes/${chosen.programmeId}/ledger`, { asOf }) : undefined };
  }, `${programmeId}|${asOf}`);
  return (
    <Loading state={loaded}>
      {({ programmes, ledger }) =>
        ledger ? (
          <div className="view" data-view="programme">
            <div className="toolbar">
              <label>
                专项
                <select value={ledger.programme.programmeId} onChange={(event) => onChoose(event.target.value)}>
                  {programmes.map((programme) => <option key={programme.programmeId} value={programme.programmeId}>{programme.name}</option>)}
                </select>
              </label>
              <button type="button" onClick={() => void download(`/programmes/${ledger.programme.programmeId}/ledger`, { asOf, format: 'xlsx' }, `${ledger.programme.name}-台账-${asOf}.xlsx`)}>
                导出Excel
              </button>
            </div>
            <LedgerPanels ledger={ledger} />
          </div>
        ) : (
          <p className="status">尚未开展积案化解专项。</p>
        )
      }
    </Loading>
  );
}

function LedgerPanels({ ledger }: { ledger: ProgrammeLedger }) {
  const { totals, programme } = ledger;
  const tone = (key: keyof LedgerCounts) => (key === 'rebounded' || key === 'tasksOverdue' ? (totals[key] > 0 ? 'alert' : 'good') : 'plain');
  const target = (key: keyof LedgerCounts) => (key === 'enrolled' || key === 'resolved' || key === 'signedOff' ? programme.targets[key] : undefined);
  const cell = (category: string, reason: string, track: string) => ledger.enrolled.find((entry) => entry.category === category && entry.reason === reason && entry.track === track)?.count ?? 0;
  return (
    <>
      <div className="figures">
        {COUNTS.map(({ key, label }) => (
          <Figure key={key} label={target(key) === undefined ? label : `${label}（目标 ${target(key)}）`} value={totals[key]} tone={tone(key)} testId={`programme-${key}`} />
        ))}
      </div>
      <div className="grid two">
        <Panel title="四大类化解进度" note={`${programme.name}，截至 ${ledger.asOf}`}>
          <EChart label="四大类纳入、化解、销号柱状图" option={categoryOption(ledger)} />
        </Panel>
        <Panel title="纳入明细" note="类别 × 纳入原因 × 办理方式">
          <table className="compact">
            <thead>
              <tr>
                <th rowSpan={2}>类别</th>
                {REASONS.map((reason) => <th key={reason} colSpan={TRACKS.length}>{BACKLOG_KIND_LABELS[reason]}</th>)}
              </tr>
              <tr>{REASONS.flatMap((reason) => TRACKS.map((track) => <th key={`${reason}-${track}`}>{TRACK_LABELS[track]}</th>))}</tr>
            </thead>
            <tbody>
              {CATEGORIES.map((category) => (
                <tr key={category} data-category={category}>
                  <th scope="row">{CATEGORY_LABELS[category]}</th>
                  {REASONS.flatMap((reason) => TRACKS.map((track) => <td key={`${reason}-${track}`}>{cell(category, reason, track)}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      </div>
      <Panel title="包案领导">
        <table>
          <thead>
            <tr>
              <th>包案领导</th>
              {COUNTS.map(({ key, label }) => <th key={key}>{label}</th>)}
            </tr>
          </thead>
          <tbody>
            {ledger.byOwningLeader.map((row) => (
              <tr key={row.owningLeader} data-leader={row.owningLeader}>
                <th scope="row">{row.owningLeader}</th>
                {COUNTS.map(({ key }) => <td key={key} className={key === 'tasksOverdue' && row[key] > 0 ? 'alert' : undefined}>{row[key]}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </>
  );
}

function categoryOption(ledger: ProgrammeLedger): ChartOption {
  const series = (key: keyof LedgerCounts, name: string, color: string) => ({ name, type: 'bar', color, data: ledger.byCategory.map((row) => row[key]) });
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: ledger.byCategory.map((row) => labelOf(CATEGORY_LABELS, row.category)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [series('enrolled', '纳入', '#2f6fb3'), series('resolved', '已化解', '#3a9b5c'), series('signedOff', '已销号', '#7a4fb3')],
  };
}
