import { replayCheck } from '@xinfang/projection-engine';
import { cliProjections } from './cli-projections.js';
import { openCliRuntime, progressLine, runCli } from './cli-runtime.js';

import { parseCommandLine } from './command-line.js';

const USAGE = `Replays every read model from the first event into a shadow schema and reports any row that
differs from the live one (none on a healthy system).

  npm run replay-check

Runs against DATABASE_URL, or the embedded PostgreSQL (the running service's when it is up).
Exits 0 when every read model equals its replay, 2 when one differs.`;

runCli(USAGE, async () => {
  parseCommandLine(USAGE, {});
  const runtime = await openCliRuntime();
  const projections = await cliProjections(runtime);
  let differing = 0;
  try {
    for (const projection of projections.list) {
      const result = await replayCheck(runtime.pool, runtime.store, projection, {
        onProgress: ({ eventsRead, eventsPerSecond }) => process.stderr.write(`\r${progressLine(`replaying ${projection.name}`, eventsRead, undefined, eventsPerSecond)}`),
      });
      process.stderr.write('\n');
      console.log(`${result.projection}: replayed ${result.eventsReplayed} events; ${result.tables.map((table) => `${table.table} ${table.rows} rows`).join(', ')}`);
      for (const difference of result.differences) {
        differing++;
        console.log(`DIFFERS ${difference.table}: ${difference.onlyLive} rows only live, ${difference.onlyReplayed} only replayed`);
        for (const sample of difference.samples) console.log(`  ${sample.side}: ${JSON.stringify(sample.row)}`);
      }
    }
    console.log(differing === 0 ? 'Replay check: every read model equals a replay from the first event.' : `Replay check: ${differing} table(s) differ.`);
    return differing === 0 ? 0 : 2;
  } finally {
    await projections.close();
    await runtime.close();
  }
});
