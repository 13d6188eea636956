import { addDays } from '@xinfang/calendar';

/**
 * What the scenario of the page did to each case, written down as it did it, and the ledger counted
 * from that record by hand: the test's own arithmetic, not the read model's.
 */
export interface JournalEntry {
  category: string;
  reason: string;
  track: string;
  owningLeader: string;
  enrolledOn: string;
  heardOn?: string;
  tasks: { setOn: string; dueOn: string; doneOn?: string }[];
  resolutions: string[];
  rebounds: string[];
  signedOffOn?: string;
}

export interface Counts {
  enrolled: number;
  heard: number;
  resolved: number;
  signedOff: number;
  rebounded: number;
  tasksOverdue: number;
}

const by = (date: string | undefined, asOf: string) => date !== undefined && date <= asOf;
const latest = (dates: string[]) => [...dates].sort().at(-1);

/** Counts the entries as they stood on `asOf`: resolved means its latest resolution by then came after its latest rebound by then. */
export function countByHand(entries: readonly JournalEntry[], asOf: string): Counts {
  const counts: Counts = { enrolled: 0, heard: 0, resolved: 0, signedOff: 0, rebounded: 0, tasksOverdue: 0 };
  for (const entry of entries.filter((candidate) => by(candidate.enrolledOn, asOf))) {
    counts.enrolled += 1;
    if (by(entry.heardOn, asOf)) counts.heard += 1;
    const resolvedOn = latest(entry.resolutions.filter((date) => by(date, asOf)));
    const reboundOn = latest(entry.rebounds.filter((date) => by(date, asOf)));
    if (resolvedOn !== undefined && (reboundOn === undefined || resolvedOn > reboundOn)) counts.resolved += 1;
    if (by(entry.signedOffOn, asOf)) counts.signedOff += 1;
    if (reboundOn !== undefined) counts.rebounded += 1;
    counts.tasksOverdue += entry.tasks.filter((task) => by(task.setOn, asOf) && task.dueOn < asOf && !by(task.doneOn, asOf)).length;
  }
  return counts;
}

/** The page's 51 matters: 20 涉房涉建, 12 劳动社保, 11 农业农村, 8 涉法涉诉. */
export function categoryOf(index: number): string {
  if (index < 20) return 'housing_construction';
  if (index < 32) return 'labour_social_security';
  if (index < 43) return 'agriculture_rural';
  return 'law_litigation';
}

export const plus = addDays;
