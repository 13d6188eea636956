import { HEARING_ROLES, type HearingAttendees, type PanelMember } from './hearing.types.js';
import { ID_MAX_LENGTH, MAX_PANEL_MEMBERS, NAME_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import type { RuleChecks } from '../core/rule-checks.js';

/**
 * A mock-court panel: exactly one chair, at least one judge, at least one lawyer or mediator,
 * optionally deputies, nobody twice; and its chair is not the case's handler (recusal, 条例 Art. 28 ¶3).
 */
export function checkPanel(checks: RuleChecks, panel: PanelMember[], handlerId: string): void {
  if (!checks.list('panel', panel, { min: 1, max: MAX_PANEL_MEMBERS, what: 'members' })) return;
  const seen = new Set<string>();
  panel.forEach((member, i) => {
    checks.requiredText(`panel[${i}].memberId`, member.memberId, ID_MAX_LENGTH);
    checks.requiredText(`panel[${i}].name`, member.name, NAME_MAX_LENGTH);
    checks.oneOf(`panel[${i}].role`, HEARING_ROLES, member.role);
    if (seen.has(member.memberId)) checks.add(`panel[${i}].memberId`, 'names a member already on the panel');
    seen.add(member.memberId);
    if (member.role === 'chair' && member.memberId === handlerId) {
      checks.add(`panel[${i}].memberId`, "the case's handler may not chair its hearing (recusal, 条例 Art. 28 ¶3)");
    }
  });
  const count = (...roles: PanelMember['role'][]) => panel.filter((member) => roles.includes(member.role)).length;
  const chairs = count('chair');
  if (chairs !== 1) checks.add('panel', `must have exactly one chair, got ${chairs}`);
  if (count('judge') === 0) checks.add('panel', 'must have at least one judge');
  if (count('lawyer', 'mediator') === 0) checks.add('panel', 'must have at least one lawyer or mediator');
}

export function checkAttendees(checks: RuleChecks, attendees: HearingAttendees): void {
  if (typeof attendees.petitioner !== 'boolean') checks.add('attendees.petitioner', 'must be true or false');
  checks.optionalText('attendees.petitionerLawyer', attendees.petitionerLawyer, NAME_MAX_LENGTH);
  checks.requiredText('attendees.responsibleUnit', attendees.responsibleUnit, UNIT_MAX_LENGTH);
}

// Built field by field, so nothing a request smuggled in beside the known fields is recorded forever.
export function normalizePanel(panel: PanelMember[]): PanelMember[] {
  return panel.map(({ memberId, name, role }) => ({ memberId, name, role }));
}

export function normalizeAttendees({ petitioner, petitionerLawyer, responsibleUnit }: HearingAttendees): HearingAttendees {
  return { petitioner, ...(petitionerLawyer !== undefined && { petitionerLawyer }), responsibleUnit };
}
