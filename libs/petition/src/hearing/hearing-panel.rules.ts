import { HEARING_ROLES, type HearingAttendees, type PanelMember } from './hearing.types.js';
import { ID_MAX_LENGTH, MAX_PANEL_MEMBERS, NAME_MAX_LENGTH, REASON_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import type { RuleChecks } from '../core/rule-checks.js';

/** Who may not sit (recusal, 条例 Art. 28): the case's handler, and on a programme hearing whoever has not declared. */
export interface PanelRecusalFacts {
  /** The case's handler (承办人), once it was accepted. */
  readonly handlerId?: string;
  /** A programme hearing: every member declares whether they have a direct interest. */
  readonly declarationsRequired: boolean;
}

/**
 * A mock-court panel: exactly one chair, at least one judge, at least one lawyer or mediator,
 * optionally deputies, nobody twice; and nobody who must step aside (recusal, 条例 Art. 28): the
 * case's handler, a member who declares a direct interest or was involved in the underlying matter.
 */
export function checkPanel(checks: RuleChecks, panel: PanelMember[], recusal: PanelRecusalFacts): void {
  if (!checks.list('panel', panel, { min: 1, max: MAX_PANEL_MEMBERS, what: 'members' })) return;
  const seen = new Set<string>();
  panel.forEach((member, i) => {
    checks.requiredText(`panel[${i}].memberId`, member.memberId, ID_MAX_LENGTH);
    checks.requiredText(`panel[${i}].name`, member.name, NAME_MAX_LENGTH);
    checks.oneOf(`panel[${i}].role`, HEARING_ROLES, member.role);
    if (seen.has(member.memberId)) checks.add(`panel[${i}].memberId`, 'names a member already on the panel');
    seen.add(member.memberId);
    checkRecusal(checks, member, `panel[${i}]`, recusal);
  });
  const count = (...roles: PanelMember['role'][]) => panel.filter((member) => roles.includes(member.role)).length;
  const chairs = count('chair');
  if (chairs !== 1) checks.add('panel', `must have exactly one chair, got ${chairs}`);
  if (count('judge') === 0) checks.add('panel', 'must have at least one judge');
  if (count('lawyer', 'mediator') === 0) checks.add('panel', 'must have at least one lawyer or mediator');
}

function checkRecusal(checks: RuleChecks, member: PanelMember, field: string, { handlerId, declarationsRequired }: PanelRecusalFacts): void {
  const who = `${member.name} (${member.memberId})`;
  if (member.memberId === handlerId) {
    if (member.role === 'chair') checks.add(`${field}.memberId`, "the case's handler may not chair its hearing (recusal, 条例 Art. 28 ¶3)");
    else checks.add(`${field}.memberId`, `${who} is the case's handler and may not sit on its panel (recusal, 条例 Art. 28 ¶3)`);
  }
  if (member.noDirectInterest === undefined) {
    if (declarationsRequired) checks.add(`${field}.noDirectInterest`, `${who} must declare whether they have a direct interest in the matter (recusal, 条例 Art. 28)`);
  } else if (typeof member.noDirectInterest !== 'boolean') {
    checks.add(`${field}.noDirectInterest`, 'must be true or false');
  } else if (!member.noDirectInterest) {
    checks.add(`${field}.noDirectInterest`, `${who} declares a direct interest in the matter and may not sit (recusal, 条例 Art. 28)`);
  }
  checks.optionalText(`${field}.priorInvolvement`, member.priorInvolvement, REASON_MAX_LENGTH);
  if (typeof member.priorInvolvement === 'string' && member.priorInvolvement.trim() !== '') {
    checks.add(`${field}.priorInvolvement`, `${who} was involved in the underlying matter (${member.priorInvolvement}) and may not sit (recusal, 条例 Art. 28)`);
  }
}

export function checkAttendees(checks: RuleChecks, attendees: HearingAttendees): void {
  if (typeof attendees.petitioner !== 'boolean') checks.add('attendees.petitioner', 'must be true or false');
  checks.optionalText('attendees.petitionerLawyer', attendees.petitionerLawyer, NAME_MAX_LENGTH);
  checks.requiredText('attendees.responsibleUnit', attendees.responsibleUnit, UNIT_MAX_LENGTH);
}

// Built field by field, so nothing a request smuggled in beside the known fields is recorded forever.
export function normalizePanel(panel: PanelMember[]): PanelMember[] {
  return panel.map(({ memberId, name, role, noDirectInterest, priorInvolvement }) => ({
    memberId,
    name,
    role,
    ...(noDirectInterest !== undefined && { noDirectInterest }),
    ...(priorInvolvement !== undefined && { priorInvolvement }),
  }));
}

export function normalizeAttendees({ petitioner, petitionerLawyer, responsibleUnit }: HearingAttendees): HearingAttendees {
  return { petitioner, ...(petitionerLawyer !== undefined && { petitionerLawyer }), responsibleUnit };
}
