/** What one writer does for its `index`-th operation; each writer keeps its own state. */
export type WriterOperation = (index: number) => Promise<void>;

export interface Tally {
  operations: number;
  seconds: number;
}

/**
 * Runs `count` operations per writer, all writers started together, and adds them and the
 * wall-clock time until the last writer finishes to `tally`. Each writer resumes at `offset`.
 */
export async function runSlice(writers: readonly WriterOperation[], offset: number, count: number, tally: Tally): Promise<void> {
  const started = process.hrtime.bigint();
  await Promise.all(
    writers.map(async (operate) => {
      for (let index = offset; index < offset + count; index++) await operate(index);
    }),
  );
  tally.seconds += Number(process.hrtime.bigint() - started) / 1e9;
  tally.operations += count * writers.length;
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padStart(widths[column]!)).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}
