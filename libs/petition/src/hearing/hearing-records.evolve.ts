import type { PlanTaskCompleted, RecusalDecided, RecusalRequested } from './hearing.events.js';
import type { Hearing } from './hearing.types.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import type { ExistingPetition } from '../core/petition.state.js';

/** The records a hearing keeps beside its sittings: recusal requests and decisions, and its plan's tasks as they are done. */

export function withRecusalRequested(hearing: Hearing, event: RecusalRequested): Hearing {
  const { hearingId: _hearingId, ...request } = event.data;
  return { ...hearing, recusals: [...(hearing.recusals ?? []), request] };
}

export function withRecusalDecided(hearing: Hearing, event: RecusalDecided, petition: ExistingPetition): Hearing {
  const { hearingId: _hearingId, recusalId, ...decision } = event.data;
  const recusals = hearing.recusals ?? [];
  if (!recusals.some((recusal) => recusal.recusalId === recusalId)) throw new CorruptPetitionStreamError(event.type, petition.status);
  return { ...hearing, recusals: recusals.map((recusal) => (recusal.recusalId === recusalId ? { ...recusal, decision } : recusal)) };
}

export function withPlanTaskCompleted(hearing: Hearing, event: PlanTaskCompleted, petition: ExistingPetition): Hearing {
  const { hearingId: _hearingId, taskId, ...completion } = event.data;
  if (hearing.status !== 'concluded' || !hearing.conclusion.planTasks?.some((task) => task.taskId === taskId)) throw new CorruptPetitionStreamError(event.type, petition.status);
  const planTasks = hearing.conclusion.planTasks.map((task) => (task.taskId === taskId ? { ...task, completion } : task));
  return { ...hearing, conclusion: { ...hearing.conclusion, planTasks } };
}
