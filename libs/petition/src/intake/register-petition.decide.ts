import { shanghaiDate } from '../core/business-date.js';
import type { RegisterPetition } from './intake.commands.js';
import type { PetitionRegistered } from './intake.events.js';
import { ADDRESS_MAX_LENGTH, CONTENT_MAX_LENGTH, DEMANDS_MAX_LENGTH, MAX_LINKED_CASES, MAX_REPRESENTATIVES, NAME_MAX_LENGTH, PETITION_ID_MAX_LENGTH, SUBJECT_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import { BACKLOG_KINDS, CATEGORIES, CHANNELS, distinctBacklogKinds, type BacklogKind, type CaseLink, type Petitioner } from '../core/petition.types.js';
import { isValidPhoneNumber } from '../core/phone-number.validator.js';
import { receiptNumberFor } from '../core/receipt-number.js';
import { isValidResidentIdNumber, normalizeResidentIdNumber } from '../core/resident-id-number.validator.js';
import { RuleChecks } from '../core/rule-checks.js';

/**
 * 登记: checks the whole registration, then records it with its derived receipt number. Earlier
 * cases of the same person and matter, found by the API, are linked and tag the case `repeat`.
 */
export function decideRegistration(command: RegisterPetition): [PetitionRegistered] {
  const { data, context } = command;
  const checks = new RuleChecks();
  checks.requiredText('petitionId', data.petitionId, PETITION_ID_MAX_LENGTH);
  checks.oneOf('channel', CHANNELS, data.channel);
  checks.oneOf('category', CATEGORIES, data.category);
  checkPetitioners(checks, data.petitioners, data.groupSize);
  checks.requiredText('subject', data.subject, SUBJECT_MAX_LENGTH);
  checks.requiredText('content', data.content, CONTENT_MAX_LENGTH);
  checks.requiredText('demands', data.demands, DEMANDS_MAX_LENGTH);
  checks.requiredText('responsibleUnit', data.responsibleUnit, UNIT_MAX_LENGTH);
  checks.businessDate('receivedAt', data.receivedAt, { today: shanghaiDate(context.now) });
  (data.backlogKinds ?? []).forEach((kind, i) => checks.oneOf(`backlogKinds[${i}]`, BACKLOG_KINDS, kind));
  const priorConcludedCases = checkLinks(checks, 'priorConcludedCases', data.priorConcludedCases ?? [], data.petitionId);
  const relatedCases = checkLinks(checks, 'relatedCases', data.relatedCases ?? [], data.petitionId);
  checks.throwIfAny();
  const repeat: BacklogKind[] = priorConcludedCases.length + relatedCases.length > 0 ? ['repeat'] : [];

  return [
    {
      type: 'PetitionRegistered',
      data: {
        petitionId: data.petitionId,
        receiptNumber: receiptNumberFor(data.petitionId, data.receivedAt),
        channel: data.channel,
        petitioners: data.petitioners.map(normalizePetitioner),
        ...(data.groupSize !== undefined && { groupSize: data.groupSize }),
        subject: data.subject,
        content: data.content,
        demands: data.demands,
        category: data.category,
        responsibleUnit: data.responsibleUnit,
        receivedAt: data.receivedAt,
        backlogKinds: distinctBacklogKinds([...(data.backlogKinds ?? []), ...repeat]),
        ...(priorConcludedCases.length > 0 && { priorConcludedCases }),
        ...(relatedCases.length > 0 && { relatedCases }),
      },
    },
  ];
}

function checkPetitioners(checks: RuleChecks, petitioners: Petitioner[], groupSize: number | undefined): void {
  if (petitioners.length === 0) checks.add('petitioners', 'must name at least one petitioner');
  if (petitioners.length > MAX_REPRESENTATIVES) {
    checks.add('petitioners', `a group petition names at most ${MAX_REPRESENTATIVES} representatives (条例 Art. 20 ¶3), got ${petitioners.length}`);
  }
  if (groupSize !== undefined && (!Number.isInteger(groupSize) || groupSize < Math.max(1, petitioners.length))) {
    checks.add('groupSize', `must be a whole number no smaller than the ${petitioners.length} petitioner(s) named`);
  }
  const seenIdNumbers = new Set<string>();
  petitioners.forEach((petitioner, i) => {
    const field = `petitioners[${i}]`;
    checks.requiredText(`${field}.name`, petitioner.name, NAME_MAX_LENGTH);
    checks.optionalText(`${field}.address`, petitioner.address, ADDRESS_MAX_LENGTH);
    if (petitioner.phone !== undefined && !isValidPhoneNumber(petitioner.phone)) {
      checks.add(`${field}.phone`, 'must be a mainland mobile (1xxxxxxxxxx) or landline (0571-87654321) number');
    }
    if (petitioner.idNumber === undefined) return;
    if (!isValidResidentIdNumber(petitioner.idNumber)) {
      checks.add(`${field}.idNumber`, 'must be an 18-character resident ID number with a real birth date and a correct check character');
      return;
    }
    const idNumber = normalizeResidentIdNumber(petitioner.idNumber);
    if (seenIdNumbers.has(idNumber)) checks.add(`${field}.idNumber`, 'names the same person as an earlier petitioner');
    seenIdNumbers.add(idNumber);
  });
}

/** Each linked case once, field by field; never the petition itself. */
function checkLinks(checks: RuleChecks, field: string, links: CaseLink[], petitionId: string): CaseLink[] {
  if (!checks.list(field, links, { min: 0, max: MAX_LINKED_CASES, what: 'cases' })) return [];
  links.forEach((link, i) => {
    checks.requiredText(`${field}[${i}].petitionId`, link.petitionId, PETITION_ID_MAX_LENGTH);
    checks.requiredText(`${field}[${i}].receiptNumber`, link.receiptNumber, PETITION_ID_MAX_LENGTH);
    if (link.petitionId === petitionId) checks.add(`${field}[${i}].petitionId`, 'must be an earlier petition, not this one');
  });
  const byId = new Map(links.map(({ petitionId: id, receiptNumber }) => [id, { petitionId: id, receiptNumber }]));
  return [...byId.values()];
}

// Built field by field, so nothing a request smuggled in beside the known fields is recorded forever.
function normalizePetitioner({ name, idNumber, phone, address }: Petitioner): Petitioner {
  return {
    name,
    ...(idNumber !== undefined && { idNumber: normalizeResidentIdNumber(idNumber) }),
    ...(phone !== undefined && { phone }),
    ...(address !== undefined && { address }),
  };
}
