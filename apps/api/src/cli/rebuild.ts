import { rebuildProjection } from '@xinfang/projection-engine';
import { PROJECTION_NAMES } from '../read-models/all-projections.js';
import { openCliRuntime, progressLine, runCli } from './cli-runtime.js';
import { cliProjections } from './cli-projections.js';

/**
 * `npm run rebuild [-- name …]`: rebuilds read models from the first event beside the live ones,
 * then swaps them in; the API keeps serving the old tables until the swap.
 */
runCli(async () => {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(PROJECTION_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.error(`Unknown projection(s): ${unknown.join(', ')}. Known: ${PROJECTION_NAMES.join(', ')}`);
    return 2;
  }
  const runtime = await openCliRuntime();
  const projections = await cliProjections(runtime);
  try {
    const { rows } = await runtime.pool.query<{ count: string }>('SELECT count(*) FROM event_store.events');
    const total = Number(rows[0]?.count ?? 0);
    const tty = process.stderr.isTTY;
    for (const projection of projections.list.filter((candidate) => wanted.length === 0 || wanted.includes(candidate.name))) {
      let lastPrint = 0;
      const result = await rebuildProjection(runtime.pool, runtime.store, projection, {
        onProgress: ({ eventsRead, eventsPerSecond }) => {
          const now = Date.now();
          if (now - lastPrint < (tty ? 200 : 5_000)) return;
          lastPrint = now;
          const line = progressLine(projection.name, eventsRead, total, eventsPerSecond);
          process.stderr.write(tty ? `\r${line}` : `${line}\n`);
        },
      });
      if (tty) process.stderr.write('\n');
      console.log(`${result.projection}: ${result.eventsRead.toLocaleString('en')} events in ${result.seconds.toFixed(1)}s (${Math.round(result.eventsRead / Math.max(result.seconds, 0.001)).toLocaleString('en')} events/s), swapped in`);
    }
    return 0;
  } finally {
    await projections.close();
    await runtime.close();
  }
});
