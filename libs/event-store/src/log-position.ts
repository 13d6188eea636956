import type { LogPosition } from './event-store.port.js';


/** The text form used in HTTP (`position`, `minPosition`) and in checkpoints: "commit-prepare". */
export function formatLogPosition(position: LogPosition): string {
  return `${position.commit}-${position.prepare}`;
}

export function parseLogPosition(text: string): LogPosition | null {
  const match = /^(\d{1,20})-(\d{1,20})$/.exec(text);
  if (!match) return null;
  return { commit: BigInt(match[1]!), prepare: BigInt(match[2]!) };
}

export function compareLogPositions(a: LogPosition, b: LogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}
