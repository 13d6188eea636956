import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureApiBuilt } from './support/api-process.ts';
import { type Figure, FIGURES_PREFIX, formatNumber } from './support/figures.ts';

/*
 * `npm run bench`: every benchmark, one after the other in a process of its own, their output
 * passed through; then one Markdown table of every figure with its baseline and ratio, printed
 * and written to bench/results/latest.md. The API is built once for the benchmarks that run it.
 */
const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCHES = ['append-throughput', 'emmett-comparison', 'http-throughput', 'peers', 'long-streams', 'read-models'];

interface Run {
  readonly bench: string;
  readonly code: number | null;
  readonly seconds: number;
  readonly figures: Figure[];
}

function runBench(bench: string): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `bench/${bench}.ts`], { cwd: REPO_ROOT, env: { ...process.env, BENCH_SKIP_BUILD: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      process.stdout.write(chunk);
    });
    child.once('close', (code) => resolve({ bench, code, seconds: (performance.now() - started) / 1000, figures: figuresIn(bench, output) }));
  });
}

/** The figures a benchmark reported on its BENCH_FIGURES line, or read off a `writers | …` table (append-throughput). */
function figuresIn(bench: string, output: string): Figure[] {
  const reported = output.split('\n').find((line) => line.startsWith(FIGURES_PREFIX));
  if (reported) return JSON.parse(reported.slice(FIGURES_PREFIX.length)) as Figure[];
  const lines = output.split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
  const header = lines.findIndex((cells) => cells[0] === 'writers' && cells.length >= 4);
  if (header < 0) return [];
  const [, valueTitle = 'value', baselineTitle = 'baseline'] = lines[header]!;
  return lines.slice(header + 2).filter((cells) => cells.length >= 4 && /^\d+$/.test(cells[0]!)).map(([writers, value, baseline, ratio]) => ({
    bench,
    figure: `append, ${writers} writer${writers === '1' ? '' : 's'} (${valueTitle})`,
    value: Number(value!.replaceAll(',', '')),
    unit: 'events/s',
    baseline: { label: baselineTitle, value: Number(baseline!.replaceAll(',', '')), unit: 'rows/s' },
    ratio: Number(ratio),
  }));
}

function markdown(runs: readonly Run[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = runs.flatMap((run) =>
    run.figures.length === 0
      ? [`| ${run.bench} | (no figures: exited with ${run.code}) | | | | | |`]
      : run.figures.map((figure) =>
          [
            run.bench,
            figure.figure,
            `${formatNumber(figure.value)} ${figure.unit}`,
            figure.baseline ? `${figure.baseline.label}: ${formatNumber(figure.baseline.value)} ${figure.baseline.unit}` : '',
            figure.ratio === undefined ? '' : figure.ratio.toFixed(2),
            figure.goal ?? '',
            figure.met === undefined ? '' : figure.met ? 'yes' : '**no**',
          ].map(cell).join(' | '),
        ).map((line) => `| ${line} |`),
  );
  return [
    `# Benchmarks, ${new Date().toISOString()}`,
    '',
    `Node ${process.version}, ${cpus().length} cores; BENCH_PETITIONS=${process.env.BENCH_PETITIONS ?? '100000 (default)'}; ${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : 'embedded PostgreSQL per benchmark'}.`,
    `Times: ${runs.map((run) => `${run.bench} ${run.seconds.toFixed(0)} s${run.code === 0 ? '' : ` (exit ${run.code})`}`).join(', ')}.`,
    '',
    '| benchmark | figure | value | baseline | ratio | goal | met |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  ensureApiBuilt();
  const runs: Run[] = [];
  for (const bench of BENCHES) {
    console.log(`\n=== ${bench}`);
    runs.push(await runBench(bench));
  }
  const report = markdown(runs);
  await mkdir(`${REPO_ROOT}bench/results`, { recursive: true });
  await writeFile(`${REPO_ROOT}bench/results/latest.md`, report);
  console.log(`\n${report}\nWritten to bench/results/latest.md`);
  return runs.every((run) => run.code === 0) ? 0 : 1;
}

process.exitCode = await main();
