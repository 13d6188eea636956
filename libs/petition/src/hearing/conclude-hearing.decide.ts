import { compareIsoDates, shanghaiDate } from '../core/business-date.js';
import type { ConcludeHearing } from './hearing.commands.js';
import type { HearingConcluded } from './hearing.events.js';
import { OPINION_VALUES, type Hearing } from './hearing.types.js';
import { NotPermittedError } from '../core/petition.errors.js';
import { DOCUMENT_TEXT_MAX_LENGTH, MAX_PANEL_MEMBERS, REASONING_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { laterBound } from '../core/petition.timeline.js';
import { hearingDayOf, hearingNamed, latestHearingStep, refuseUnlessHearingIs, refuseUnlessHearingStepsApply } from './hearing.guards.js';
import { pendingRecusals, recusedMemberIds } from './hearing.queries.js';
import { checkPlanTasks } from './plan-tasks.rules.js';
import { RuleChecks } from '../core/rule-checks.js';

/**
 * The chair's deliberated conclusion (same three values as the opinions), findings, resolution
 * plan (and its tasks) and resolve-by date (限期办结). Every member present and not recused has
 * given an opinion first, every recusal request is decided, and the panel left still has a judge
 * and a lawyer or mediator; the chair lists the members who did not sit, who owe none.
 */
export function decideHearingConclusion(command: ConcludeHearing, petition: ExistingPetition): [HearingConcluded] {
  refuseUnlessHearingStepsApply(petition, command.type, 'conclude_hearing');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId, command.type);
  const chair = hearing.panel.find((member) => member.role === 'chair');
  if (chair?.memberId !== context.actor.id) {
    throw new NotPermittedError(command.type, context.actor.id, `only the chair of hearing ${hearing.hearingId}${chair ? `, ${chair.name},` : ''} records its conclusion`);
  }
  if (recusedMemberIds(hearing).has(chair.memberId)) {
    throw new NotPermittedError(command.type, context.actor.id, `the chair of hearing ${hearing.hearingId} was recused; cancel it and schedule the hearing with a new panel`);
  }
  refuseUnlessHearingIs(hearing, ['scheduled'], command.type, 'be concluded');

  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const concludedOn = data.concludedOn ?? today;
  checks.oneOf('conclusion', OPINION_VALUES, data.conclusion);
  checks.requiredText('findings', data.findings, DOCUMENT_TEXT_MAX_LENGTH);
  checks.requiredText('resolutionPlan', data.resolutionPlan, REASONING_MAX_LENGTH);
  const concludedOnValid = checks.businessDate('concludedOn', concludedOn, { today, notBefore: laterBound(latestHearingStep(hearing), hearingDayOf(hearing)) });
  const resolveByValid = checks.date('resolveBy', data.resolveBy, today);
  if (resolveByValid && concludedOnValid && compareIsoDates(data.resolveBy, concludedOn) <= 0) {
    checks.add('resolveBy', `must be after the conclusion on ${concludedOn}`);
  }
  const absentMemberIds = checkAbsentees(checks, hearing, data.absentMemberIds ?? []);
  checkRecusals(checks, hearing);
  const planTasks = checkPlanTasks(checks, data.planTasks ?? [], { today, ...(concludedOnValid && { concludedOn }), ...(resolveByValid && { resolveBy: data.resolveBy }) });
  checks.throwIfAny();

  const { conclusion, findings, resolutionPlan, resolveBy } = data;
  return [
    {
      type: 'HearingConcluded',
      data: { hearingId: hearing.hearingId, concludedOn, conclusion, findings, resolutionPlan, resolveBy, absentMemberIds, ...(planTasks.length > 0 && { planTasks }) },
    },
  ];
}

/** The absent are members who gave no opinion, the chair never among them; all others not recused must have given theirs. */
function checkAbsentees(checks: RuleChecks, hearing: Hearing, absentMemberIds: string[]): string[] {
  if (!checks.list('absentMemberIds', absentMemberIds, { min: 0, max: MAX_PANEL_MEMBERS, what: 'members' })) return [];
  const recused = recusedMemberIds(hearing);
  absentMemberIds.forEach((memberId, i) => {
    const field = `absentMemberIds[${i}]`;
    const member = hearing.panel.find((panelist) => panelist.memberId === memberId);
    const opinion = hearing.opinions.find((given) => given.memberId === memberId);
    if (!member) checks.add(field, `${memberId} is not on the panel of hearing ${hearing.hearingId}`);
    else if (member.role === 'chair') checks.add(field, 'the chair concludes the hearing, so was present');
    else if (opinion) checks.add(field, `${member.name} gave an opinion on ${opinion.givenOn}, so was present`);
    else if (recused.has(memberId)) checks.add(field, `${member.name} was recused, so owes no opinion`);
  });
  const absent = new Set(absentMemberIds);
  const awaited = hearing.panel.filter(
    (member) => !absent.has(member.memberId) && !recused.has(member.memberId) && !hearing.opinions.some((given) => given.memberId === member.memberId),
  );
  if (awaited.length > 0) {
    const names = awaited.map((member) => `${member.name} (${member.memberId})`).join(', ');
    checks.add('opinions', `awaiting the opinions of ${names}; record them, or list those members as absent`);
  }
  return [...absent];
}

/** Every recusal request decided, and what is left of the panel still a panel. */
function checkRecusals(checks: RuleChecks, hearing: Hearing): void {
  for (const recusal of pendingRecusals(hearing)) {
    const member = hearing.panel.find((panelist) => panelist.memberId === recusal.memberId);
    checks.add('recusals', `the recusal request ${recusal.recusalId} against ${member?.name ?? recusal.memberId} awaits its decision`);
  }
  const recused = recusedMemberIds(hearing);
  if (recused.size === 0) return;
  const sitting = hearing.panel.filter((member) => !recused.has(member.memberId));
  if (!sitting.some((member) => member.role === 'judge')) checks.add('panel', 'after the recusals no judge sits; cancel the hearing and schedule it with a full panel');
  if (!sitting.some((member) => member.role === 'lawyer' || member.role === 'mediator')) {
    checks.add('panel', 'after the recusals no lawyer or mediator sits; cancel the hearing and schedule it with a full panel');
  }
}
