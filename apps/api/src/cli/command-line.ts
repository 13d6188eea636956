import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The command line is wrong: the command prints what, then its usage, and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * An admin command's arguments through node:util's strict parseArgs. `--help` (or `-h`) prints
 * `usage` and exits 0; an unknown option, an option without its value or an argument the command
 * does not take is a UsageError naming it.
 */
export function parseCommandLine<const T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(usage: string, config: T, args: readonly string[] = process.argv.slice(2)) {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ ...config, args: [...args], strict: true as const });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Exits with the code a command's body answers: 2 with the usage for a wrong command line, 1 for any other failure. */
export function exitWith(usage: string, main: () => Promise<number>, describe: (error: unknown) => string = describeFailure): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof UsageError ? `${error.message}\n\n${usage}` : describe(error));
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
