import { shanghaiDate } from '../core/business-date.js';
import { ACCEPTANCE_DECISIONS, type DecideAcceptance } from './acceptance.commands.js';
import { RuleViolationError } from '../core/petition.errors.js';
import type { AcceptanceEvent } from './acceptance.events.js';
import { ID_MAX_LENGTH, NEW_FACTS_MAX_LENGTH, NOTE_MAX_LENGTH, REASON_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import { CLAIM_TYPES, LEGAL_PROCEDURES } from '../core/petition.types.js';
import { compareIsoDates } from '../core/business-date.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { STEP_OF_DECISION } from '../core/petition.steps.js';
import { boundOf, latestStepOfStage } from '../core/petition.timeline.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';

/** The acceptance decision (Arts. 22, 23): stage first (409), then the decision's content (422). */
export function decideAcceptance(command: DecideAcceptance, petition: ExistingPetition): [AcceptanceEvent] {
  const { data, context } = command;
  if (!(ACCEPTANCE_DECISIONS as readonly string[]).includes(data.decision)) {
    throw new RuleViolationError([{ field: 'decision', message: `must be one of ${ACCEPTANCE_DECISIONS.join(', ')}` }]);
  }
  refuseUnlessStageAllows(petition, command.type, STEP_OF_DECISION[data.decision]);

  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const decidedAt = data.decidedAt ?? today;
  const decidedAtValid = checks.businessDate('decidedAt', decidedAt, { today, notBefore: boundOf(latestStepOfStage(petition)) });
  if (data.claimType !== undefined) checks.oneOf('claimType', CLAIM_TYPES, data.claimType);
  const classified = data.claimType !== undefined ? { claimType: data.claimType } : {};

  switch (data.decision) {
    case 'accepted': {
      checks.requiredText('handlingUnit', data.handlingUnit, UNIT_MAX_LENGTH);
      checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
      checks.optionalText('handlerId', data.handlerId, ID_MAX_LENGTH);
      checkNewFacts(checks, petition, data.newFactsAndReasons);
      checks.throwIfAny();
      const { handlingUnit, note, newFactsAndReasons } = data;
      const handlerId = data.handlerId ?? context.actor.id;
      return [
        {
          type: 'PetitionAccepted',
          data: { decidedAt, handlingUnit, handlerId, ...(note !== undefined && { note }), ...(newFactsAndReasons !== undefined && { newFactsAndReasons }), ...classified },
        },
      ];
    }
    case 'not_accepted':
      checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
      checks.throwIfAny();
      return [{ type: 'PetitionNotAccepted', data: { decidedAt, reason: data.reason, ...classified } }];
    case 'forwarded':
    case 'assigned': {
      checks.requiredText('toUnit', data.toUnit, UNIT_MAX_LENGTH);
      checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
      checkNotObjectedBy(checks, petition, data.toUnit);
      const reportBy = data.decision === 'assigned' ? data.reportBy : undefined;
      // An assignment (交办) carries the date the bureau sets for the unit's completion report (DOMAIN.md).
      if (data.decision === 'assigned' && reportBy === undefined) checks.add('reportBy', 'is required for an assignment: the date the unit reports completion by');
      if (reportBy !== undefined && checks.date('reportBy', reportBy, today) && decidedAtValid && compareIsoDates(reportBy, decidedAt) <= 0) {
        checks.add('reportBy', `must come after the assignment on ${decidedAt}`);
      }
      checks.throwIfAny();
      const handover = { decidedAt, toUnit: data.toUnit, ...(data.note !== undefined && { note: data.note }), ...classified };
      if (data.decision === 'forwarded') return [{ type: 'PetitionForwarded', data: handover }];
      return [{ type: 'PetitionAssigned', data: { ...handover, ...(reportBy !== undefined && { reportBy }) } }];
    }
    case 'diverted':
      // 诉访分离: only a law- or litigation-related matter belongs to the political-legal organs or
      // a court. Any other category is refused rather than diverted on a clerk's say-so; if it was
      // misclassified, reclassifying it first leaves a record of why.
      if (petition.category !== 'law_litigation') {
        checks.add('decision', `only a law_litigation (涉法涉诉) petition may be diverted; this one is ${petition.category}`);
      }
      checks.requiredText('toOrgan', data.toOrgan, UNIT_MAX_LENGTH);
      checks.optionalText('reason', data.reason, REASON_MAX_LENGTH);
      checks.throwIfAny();
      return [{ type: 'PetitionDiverted', data: { decidedAt, toOrgan: data.toOrgan, ...(data.reason !== undefined && { reason: data.reason }), ...classified } }];
    case 'channelled':
      // Whatever its category: a claim that a legal procedure governs goes into it (Art. 31 items 1–4).
      if ((data.claimType ?? petition.claimType ?? 'claim') !== 'claim') checks.add('decision', 'only a claim (申诉求决类) is channelled into a legal procedure');
      checks.oneOf('procedure', LEGAL_PROCEDURES, data.procedure);
      checks.requiredText('receivingBody', data.receivingBody, UNIT_MAX_LENGTH);
      checks.optionalText('reason', data.reason, REASON_MAX_LENGTH);
      checks.throwIfAny();
      return [
        {
          type: 'PetitionChannelled',
          data: { decidedAt, procedure: data.procedure, receivingBody: data.receivingBody, ...(data.reason !== undefined && { reason: data.reason }), ...classified },
        },
      ];
    default: {
      const unreachable: never = data;
      return unreachable;
    }
  }
}

/** A matter a final review concluded is accepted again only on new facts and reasons (Art. 36 ¶3). */
function checkNewFacts(checks: RuleChecks, petition: ExistingPetition, newFactsAndReasons: string | undefined): void {
  if (petition.concludedMatter && newFactsAndReasons === undefined) {
    const receipts = petition.priorConcludedCases.map((link) => link.receiptNumber).join(', ');
    checks.add('newFactsAndReasons', `the same matter was concluded by a final review (${receipts}); it is accepted again only on new facts and reasons (条例 Art. 36 ¶3)`);
    return;
  }
  checks.optionalText('newFactsAndReasons', newFactsAndReasons, NEW_FACTS_MAX_LENGTH);
}

/** A unit that objected to the case is not handed it again; the bureau accepts it or finds another. */
function checkNotObjectedBy(checks: RuleChecks, petition: ExistingPetition, unit: string): void {
  const objection = petition.objections.find((earlier) => earlier.unit === unit);
  if (objection) checks.add('toUnit', `${unit} objected to this petition on ${objection.objectedAt}; hand it to another unit or accept it`);
}
