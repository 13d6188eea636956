import { rebuildProjections } from '@xinfang/projection-engine';
import { PROJECTION_NAMES } from '../read-models/all-projections.js';
import { openCliRuntime, progressLine, runCli } from './cli-runtime.js';
import { cliProjections } from './cli-projections.js';
import { parseCommandLine, UsageError } from './command-line.js';

const USAGE = `Rebuilds read models from the first event beside the live ones, then swaps each in; the API
keeps serving the old tables until the swap.

  npm run rebuild [-- <projection> ...]

Projections: ${PROJECTION_NAMES.join(', ')} (all of them when none is named).
Runs against DATABASE_URL, or the embedded PostgreSQL (the running service's when it is up).`;

runCli(USAGE, async () => {
  const wanted = parseCommandLine(USAGE, { allowPositionals: true }).positionals;
  const unknown = wanted.filter((name) => !(PROJECTION_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new UsageError(`Unknown projection(s): ${unknown.join(', ')}. Known: ${PROJECTION_NAMES.join(', ')}`);
  const runtime = await openCliRuntime();
  const projections = await cliProjections(runtime);
  try {
    const tty = process.stderr.isTTY;
    // The projections are independent: they are rebuilt side by side, each reading the log itself.
    const chosen = projections.list.filter((candidate) => wanted.length === 0 || wanted.includes(candidate.name));
    // Each bar runs to the events its projection will read: the whole log, or its event types' share.
    const totals = new Map<string, number>();
    for (const projection of chosen) {
      const { rows } = await runtime.pool.query<{ count: string }>('SELECT count(*) FROM event_store.events WHERE $1::text[] IS NULL OR type = ANY ($1)', [
        projection.eventTypes ? [...projection.eventTypes] : null,
      ]);
      totals.set(projection.name, Number(rows[0]?.count ?? 0));
    }
    const progress = new Map(chosen.map((projection) => [projection.name, { eventsRead: 0, eventsPerSecond: 0 }]));
    let lastPrint = 0;
    const print = () => {
      const line = [...progress].map(([name, { eventsRead, eventsPerSecond }]) => progressLine(name, eventsRead, totals.get(name) ?? 0, eventsPerSecond, progress.size > 1 ? 12 : 30)).join('  ');
      process.stderr.write(tty ? `\r${line}` : `${line}\n`);
    };
    const started = performance.now();
    const results = await rebuildProjections(runtime.pool, runtime.store, chosen, {
      onProgress: ({ projection, eventsRead, eventsPerSecond }) => {
        progress.set(projection, { eventsRead, eventsPerSecond });
        const now = Date.now();
        if (now - lastPrint < (tty ? 200 : 5_000)) return;
        lastPrint = now;
        print();
      },
    });
    if (tty) process.stderr.write('\n');
    for (const result of results) {
      console.log(`${result.projection}: ${result.eventsRead.toLocaleString('en')} events in ${result.seconds.toFixed(1)}s (${Math.round(result.eventsRead / Math.max(result.seconds, 0.001)).toLocaleString('en')} events/s), swapped in`);
    }
    const seconds = (performance.now() - started) / 1000;
    if (results.length > 1) console.log(`all ${results.length}: ${seconds.toFixed(1)}s`);
    return 0;
  } finally {
    await projections.close();
    await runtime.close();
  }
});
