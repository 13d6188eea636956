import { PersonalDataVault } from '@xinfang/personal-data';
import { CaseFileContents } from '../case-file/case-file-contents.js';
import { Database } from '../database/database.js';
import { PostgresSubjectKeyStore } from '../personal-data/postgres-subject-key-store.js';
import { openCliRuntime, runCli } from './cli-runtime.js';
import { parseCommandLine } from './command-line.js';
import { verifyAllContents } from './verify-contents.js';
import { verifyAllStreams } from './verify-streams.js';

const USAGE = `Recomputes every stream's hash chain in one pass and names each broken stream's first bad event.

  npm run verify

Runs against DATABASE_URL, or the embedded PostgreSQL (the running service's when it is up).
Exits 0 when every chain is intact, 2 when one is broken.`;

runCli(USAGE, async () => {
  parseCommandLine(USAGE, {});
  const runtime = await openCliRuntime();
  try {
    const started = performance.now();
    const result = await verifyAllStreams(runtime.store, (events) => process.stderr.write(`\rverified ${events.toLocaleString('en')} events`));
    process.stderr.write('\n');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Streams: ${result.streams}, events: ${result.events}, broken streams: ${result.broken.length} (${seconds}s)`);
    for (const item of result.broken) console.log(`BROKEN ${item.streamId} at version ${item.version + 1n} (event ${item.eventId}): ${item.reason}`);
    const database = new Database(runtime.pool);
    const contents = await verifyAllContents(runtime.store, new CaseFileContents(database, new PersonalDataVault(new PostgresSubjectKeyStore(database, runtime.config.personalDataMasterKey))));
    console.log(`Case-file files: ${contents.checked}, shredded by erasure: ${contents.erased}, altered or missing: ${contents.altered.length}`);
    for (const file of contents.altered) {
      const name = file.attachmentId ? `attachment ${file.attachmentId}` : `document ${file.number}`;
      console.log(`ALTERED ${file.streamId} ${name} (${file.kind}, version ${file.version}): recorded SHA-256 ${file.recordedSha256}, stored bytes ${file.actualSha256 ?? file.state}`);
    }
    return result.broken.length === 0 && contents.altered.length === 0 ? 0 : 2;
  } finally {
    await runtime.close();
  }
});
