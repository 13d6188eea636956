import { pathToFileURL } from 'node:url';
import type { EventStore } from '@xinfang/event-store';
import { createKurrentDbEventStore } from '@xinfang/event-store-kurrentdb';
import { createPostgresEventStore } from '@xinfang/event-store-postgres';
import { exitWith, parseCommandLine, UsageError } from './command-line.js';
import { copyEvents, formatCopyReport, verifyCopy } from './copy-events.service.js';

const USAGE = `Copies every stream from one event store to another, then verifies the copy.

  npm run copy-events -- --from postgres|kurrentdb --to postgres|kurrentdb
      [--from-url <url>] [--to-url <url>] [--stream-prefix <prefix>] [--page-size <n>]

A store's URL defaults to DATABASE_URL (postgres) or EVENTSTORE_CONNECTION_STRING (kurrentdb).
Events keep their stream ids, event ids, versions, hashes and global order. Re-running is safe:
what the target already holds is confirmed by event id, not stored again. Stop writers to the
source first, or the verification will find the events they add. Exits 1 if verification fails.`;

const KINDS = ['postgres', 'kurrentdb'] as const;
type StoreKind = (typeof KINDS)[number];

interface StoreChoice {
  readonly kind: StoreKind;
  readonly url: string;
}

export interface CopyCommand {
  readonly from: StoreChoice;
  readonly to: StoreChoice;
  readonly streamPrefix?: string;
  readonly pageSize?: number;
}

const OPTIONS = {
  from: { type: 'string' }, to: { type: 'string' }, 'from-url': { type: 'string' }, 'to-url': { type: 'string' },
  'stream-prefix': { type: 'string' }, 'page-size': { type: 'string' },
} as const;

export function parseCopyCommand(args: readonly string[], env: Readonly<Record<string, string | undefined>>): CopyCommand {
  const { values } = parseCommandLine(USAGE, { options: OPTIONS }, args);
  const store = (side: 'from' | 'to'): StoreChoice => {
    const kind = values[side];
    if (!isStoreKind(kind)) throw new UsageError(`--${side} must be one of ${KINDS.join(', ')}`);
    const url = values[`${side}-url`] ?? (kind === 'postgres' ? env.DATABASE_URL : env.EVENTSTORE_CONNECTION_STRING)?.trim();
    if (!url) throw new UsageError(`--${side}-url is needed, or ${kind === 'postgres' ? 'DATABASE_URL' : 'EVENTSTORE_CONNECTION_STRING'}`);
    return { kind, url };
  };
  const from = store('from');
  const to = store('to');
  if (from.kind === to.kind && from.url === to.url) throw new UsageError('--from and --to name the same store');
  const pageSizeText = values['page-size'];
  const pageSize = pageSizeText === undefined ? undefined : Number(pageSizeText);
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize > 0)) throw new UsageError('--page-size must be a positive integer');
  const streamPrefix = values['stream-prefix'];
  return { from, to, ...(streamPrefix === undefined ? {} : { streamPrefix }), ...(pageSize === undefined ? {} : { pageSize }) };
}

function isStoreKind(value: string | undefined): value is StoreKind {
  return KINDS.some((kind) => kind === value);
}

/** The source is never migrated: a wrong URL must fail, not get an empty event store. */
async function openStore(choice: StoreChoice, role: 'source' | 'target', streamPrefix: string | undefined): Promise<EventStore> {
  if (choice.kind === 'postgres') return createPostgresEventStore({ connectionString: choice.url, migrate: role === 'target' });
  return createKurrentDbEventStore({ connectionString: choice.url, ...(streamPrefix === undefined ? {} : { streamPrefixes: [streamPrefix] }) });
}

async function main(args: readonly string[]): Promise<number> {
  const command = parseCopyCommand(args, process.env);
  const source = await openStore(command.from, 'source', command.streamPrefix);
  try {
    const target = await openStore(command.to, 'target', command.streamPrefix);
    try {
      const options = {
        ...(command.streamPrefix === undefined ? {} : { streamPrefix: command.streamPrefix }),
        ...(command.pageSize === undefined ? {} : { pageSize: command.pageSize }),
        onProgress: ({ eventsRead }: { eventsRead: number }) => process.stderr.write(`\r${eventsRead} events copied…`),
      };
      const summary = await copyEvents(source, target, options);
      process.stderr.write('\nVerifying…\n');
      const verification = await verifyCopy(source, target, options);
      process.stdout.write(`${formatCopyReport(summary, verification)}\n`);
      return verification.intact ? 0 : 1;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  exitWith(USAGE, () => main(process.argv.slice(2)), (error) => (error instanceof Error ? error.message : String(error)));
}
