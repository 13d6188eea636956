import { formatTable } from './throughput.ts';

/** One measured figure, with the baseline it is judged against when it has one. */
export interface Figure {
  readonly bench: string;
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: { readonly label: string; readonly value: number; readonly unit: string };
  /** value ÷ baseline, or baseline ÷ value when lower is better: above 1 is always ahead. */
  readonly ratio?: number;
  readonly goal?: string;
  readonly met?: boolean;
}

/** The line `bench/run-all.ts` collects a benchmark's figures from. */
export const FIGURES_PREFIX = 'BENCH_FIGURES ';

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function figuresTable(figures: readonly Figure[]): string {
  return formatTable(
    ['figure', 'value', 'baseline', 'ratio', 'goal', 'met'],
    figures.map((figure) => [
      figure.figure,
      `${formatNumber(figure.value)} ${figure.unit}`,
      figure.baseline ? `${figure.baseline.label}: ${formatNumber(figure.baseline.value)} ${figure.baseline.unit}` : '',
      figure.ratio === undefined ? '' : figure.ratio.toFixed(2),
      figure.goal ?? '',
      figure.met === undefined ? '' : figure.met ? 'yes' : 'NO',
    ]),
  );
}

/** Prints the table for a person, then one machine-readable line for `run-all`. */
export function reportFigures(figures: readonly Figure[]): void {
  console.log(`\n${figuresTable(figures)}\n`);
  console.log(`${FIGURES_PREFIX}${JSON.stringify(figures)}`);
}

export function percentile(sortedMillis: readonly number[], p: number): number {
  if (sortedMillis.length === 0) return NaN;
  return sortedMillis[Math.min(sortedMillis.length - 1, Math.ceil((p / 100) * sortedMillis.length) - 1)]!;
}
