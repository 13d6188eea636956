import type { DeadlineItem } from '../api.js';
import { dateOfDay, dayNumber } from '../dates.js';
import { type ChartOption, EChart } from '../echart.js';
import { CLOCK_LABELS, CLOCK_STATE_COLOURS, CLOCK_STATE_LABELS, labelOf } from '../labels.js';

interface Bar {
  name: string;
  start: number;
  end: number;
  deadline: number | null;
  state: string;
}

interface RenderApi {
  value(dimension: number): number;
  coord(point: [number, number]): [number, number];
  size(value: [number, number]): [number, number];
}

/**
 * Each clock as a bar from its start to the day it stopped (or, still running, to its deadline or
 * the day asked about, whichever is later), coloured by its state, with its deadline marked.
 */
export function ClockChart({ clocks, asOf }: { clocks: readonly DeadlineItem[]; asOf: string }) {
  const today = dayNumber(asOf);
  const bars: Bar[] = clocks.map((clock) => {
    const deadline = clock.deadline ? dayNumber(clock.deadline) : null;
    const stopped = clock.stoppedOn && clock.stoppedOn <= asOf ? dayNumber(clock.stoppedOn) : null;
    return { name: labelOf(CLOCK_LABELS, clock.clock), start: dayNumber(clock.startedOn), end: stopped ?? Math.max(deadline ?? today, today), deadline, state: clock.state };
  });
  const first = Math.min(...bars.map((bar) => bar.start));
  const last = Math.max(...bars.map((bar) => Math.max(bar.end, bar.deadline ?? bar.end)));
  const option: ChartOption = {
    tooltip: {
      formatter: ({ dataIndex }: { dataIndex: number }) => {
        const bar = bars[dataIndex]!;
        return `${bar.name}：${dateOfDay(bar.start)} 起，届满 ${bar.deadline === null ? '待定' : dateOfDay(bar.deadline)}，${labelOf(CLOCK_STATE_LABELS, bar.state)}`;
      },
    },
    grid: { left: 100, right: 24, top: 28, bottom: 36 },
    xAxis: { type: 'value', min: first - 2, max: last + 2, axisLabel: { formatter: (day: number) => dateOfDay(day).slice(5), hideOverlap: true } },
    yAxis: { type: 'category', data: bars.map((bar) => bar.name), inverse: true },
    series: [{
      type: 'custom',
      encode: { x: [1, 2], y: 0 },
      data: bars.map((bar, index) => ({ value: [index, bar.start, bar.end, bar.deadline ?? -1], itemStyle: { color: CLOCK_STATE_COLOURS[bar.state] } })),
      renderItem: (_params: unknown, api: RenderApi) => {
        const [left, middle] = api.coord([api.value(1), api.value(0)]);
        const [right] = api.coord([api.value(2), api.value(0)]);
        const height = api.size([0, 1])[1] * 0.5;
        const children: unknown[] = [{ type: 'rect', shape: { x: left, y: middle - height / 2, width: Math.max(right - left, 3), height }, style: { fill: CLOCK_STATE_COLOURS[bars[api.value(0)]!.state] } }];
        if (api.value(3) >= 0) {
          const [mark] = api.coord([api.value(3), api.value(0)]);
          children.push({ type: 'line', shape: { x1: mark, y1: middle - height, x2: mark, y2: middle + height }, style: { stroke: '#1d2733', lineWidth: 2 } });
        }
        return { type: 'group', children };
      },
      markLine: { symbol: 'none', silent: true, lineStyle: { color: '#d03a2f', type: 'dashed' }, label: { formatter: '基准日', position: 'start' }, data: [{ xAxis: today }] },
    }],
  };
  return <EChart label="法定期限进度图" option={option} height={Math.max(160, 44 * bars.length + 60)} />;
}
