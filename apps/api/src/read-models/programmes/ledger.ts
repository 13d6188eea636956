import { CATEGORIES, ENROLMENT_REASONS, PROGRAMME_TRACKS } from '@xinfang/petition';
import type { Ledger, LedgerCounts, LedgerEntry } from './ledger.types.js';

const NONE: LedgerCounts = { enrolled: 0, heard: 0, resolved: 0, signedOff: 0, rebounded: 0, tasksOverdue: 0 };

function counted(entries: readonly LedgerEntry[]): LedgerCounts {
  return entries.reduce(
    (sum, entry) => ({
      enrolled: sum.enrolled + 1,
      heard: sum.heard + Number(entry.heard),
      resolved: sum.resolved + Number(entry.resolved),
      signedOff: sum.signedOff + Number(entry.signedOff),
      rebounded: sum.rebounded + Number(entry.rebounded),
      tasksOverdue: sum.tasksOverdue + entry.tasksOverdue,
    }),
    NONE,
  );
}

/** The ledger of a programme from its enrolments as they stood on the day asked. */
export function ledgerOf(entries: readonly LedgerEntry[]): Ledger {
  const leaders = [...new Set(entries.map((entry) => entry.owningLeader))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return {
    totals: counted(entries),
    byCategory: CATEGORIES.map((category) => ({ category, ...counted(entries.filter((entry) => entry.category === category)) })),
    enrolled: CATEGORIES.flatMap((category) =>
      ENROLMENT_REASONS.flatMap((reason) =>
        PROGRAMME_TRACKS.map((track) => ({ category, reason, track, count: entries.filter((entry) => entry.category === category && entry.reason === reason && entry.track === track).length })),
      ),
    ),
    byOwningLeader: leaders.map((owningLeader) => ({ owningLeader, ...counted(entries.filter((entry) => entry.owningLeader === owningLeader)) })),
  };
}
