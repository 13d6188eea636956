import { getJson, type Measure, type Measures, type Stats } from '../api.js';
import { monthsUpTo, percent } from '../dates.js';
import { type ChartOption, EChart } from '../echart.js';
import { CATEGORIES, CATEGORY_LABELS, labelOf, MEASURE_LABELS } from '../labels.js';
import { Figure, Loading, Panel } from '../parts.js';
import { useLoad } from '../use-load.js';

const MONTHS = 12;
const TRENDED: readonly Measure[] = ['timelyAcceptance', 'onTimeHandling', 'satisfaction', 'resolutionRate', 'repeatRate'];
const TABLED: readonly Measure[] = ['timelyAcceptance', 'onTimeHandling', 'satisfaction', 'ratingParticipation', 'resolutionRate', 'mediationSuccess', 'repeatRate', 'supervisionAnswer'];
const COLOURS = ['#2f6fb3', '#3a9b5c', '#e6a23c', '#7a4fb3', '#d03a2f'];

interface MonthStats {
  month: string;
  stats: Stats;
}

/** 考核指标: the measures month by month over the last year, and by unit over the whole of it. */
export function MeasuresView({ asOf }: { asOf: string }) {
  const loaded = useLoad(async () => {
    const months = monthsUpTo(asOf, MONTHS);
    const monthly = await Promise.all(months.map(async ({ month, from, to }) => ({ month, stats: await getJson<Stats>('/stats', { from, to }) })));
    const year = await getJson<Stats>('/stats', { from: months[0]!.from, to: asOf });
    return { monthly, year };
  }, asOf);
  return <Loading state={loaded}>{({ monthly, year }) => <MeasurePanels monthly={monthly} year={year} />}</Loading>;
}

function MeasurePanels({ monthly, year }: { monthly: MonthStats[]; year: Stats }) {
  const { overall } = year;
  return (
    <div className="view" data-view="measures">
      <div className="figures">
        {(['timelyAcceptance', 'onTimeHandling', 'satisfaction', 'resolutionRate'] as const).map((measure) => (
          <Figure key={measure} label={`${MEASURE_LABELS[measure]}（近${MONTHS}个月）`} value={percent(overall[measure].rate)} testId={`year-${measure}`} />
        ))}
      </div>
      <Panel title="主要指标逐月走势" note={`${year.from} 至 ${year.to}；无应计事项的月份不画点`}>
        <EChart label="考核指标逐月折线图" option={trendOption(monthly)} height={340} />
      </Panel>
      <Panel title="四大类指标" note={`${year.from} 至 ${year.to}；括号内为分子/分母`}>
        <RatioTable rows={CATEGORIES.map((category) => ({ key: category, label: labelOf(CATEGORY_LABELS, category), measures: year.byCategory.find((row) => row.category === category) }))} testId="by-category" />
      </Panel>
      <Panel title="各单位按期办结率" note="近12个月到期的办理期限">
        <EChart label="各单位按期办结率条形图" option={unitOption(year)} height={Math.max(200, 36 * year.byUnit.length + 60)} />
      </Panel>
      <Panel title="逐月明细" note="括号内为分子/分母；“—”为当月无应计事项">
        <RatioTable rows={monthly.map(({ month, stats }) => ({ key: month, label: month, measures: stats.overall }))} testId="by-month" />
      </Panel>
    </div>
  );
}

function RatioTable({ rows, testId }: { rows: { key: string; label: string; measures: Measures | undefined }[]; testId: string }) {
  return (
    <table className="compact" data-testid={testId}>
      <thead>
        <tr>
          <th />
          {TABLED.map((measure) => <th key={measure}>{MEASURE_LABELS[measure]}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, measures }) => (
          <tr key={key} data-row={key}>
            <th scope="row">{label}</th>
            {TABLED.map((measure) => {
              const ratio = measures?.[measure];
              return <td key={measure}>{!ratio || ratio.denominator === 0 ? '—' : `${percent(ratio.rate)}（${ratio.numerator}/${ratio.denominator}）`}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function trendOption(monthly: readonly MonthStats[]): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '—') },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: monthly.map(({ month }) => month) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: TRENDED.map((measure, index) => ({
      name: MEASURE_LABELS[measure],
      type: 'line',
      color: COLOURS[index],
      connectNulls: false,
      symbolSize: 7,
      data: monthly.map(({ stats }) => asPercent(stats.overall[measure].rate)),
    })),
  };
}

function unitOption(year: Stats): ChartOption {
  const units = year.byUnit.filter((unit) => unit.onTimeHandling.denominator > 0).sort((a, b) => (a.onTimeHandling.rate ?? 0) - (b.onTimeHandling.rate ?? 0));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 150, right: 56, top: 16, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: units.map((unit) => unit.unit), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{
      name: MEASURE_LABELS.onTimeHandling,
      type: 'bar',
      color: '#3a9b5c',
      data: units.map((unit) => asPercent(unit.onTimeHandling.rate)),
      label: { show: true, position: 'right', formatter: '{c}%' },
    }],
  };
}

function asPercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}
