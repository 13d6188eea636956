import { ValidationError } from '@event-driven-io/emmett';
import { isIsoDate, shanghaiDate } from '../../../../libs/petition/src/core/business-date.js';
import {
  ADDRESS_MAX_LENGTH, CONTENT_MAX_LENGTH, DEMANDS_MAX_LENGTH, MAX_REPRESENTATIVES, NAME_MAX_LENGTH, SUBJECT_MAX_LENGTH, UNIT_MAX_LENGTH,
} from '../../../../libs/petition/src/core/petition.limits.js';
import { BACKLOG_KINDS, CATEGORIES, CHANNELS } from '../../../../libs/petition/src/core/petition.types.js';
import { isValidPhoneNumber } from '../../../../libs/petition/src/core/phone-number.validator.js';
import { isValidResidentIdNumber } from '../../../../libs/petition/src/core/resident-id-number.validator.js';
import type { PetitionDetails, Petitioner } from './petition.js';

/*
 * The body of POST /petitions checked field by field against the rules and limits xinfang's
 * RegisterPetitionRequest applies: unknown fields are refused, text counts Unicode code points,
 * and text jsonb cannot store (NUL, lone surrogates) is refused. Every problem is named at once.
 */
const FIELDS = new Set(['channel', 'petitioners', 'groupSize', 'subject', 'content', 'demands', 'category', 'responsibleUnit', 'receivedAt', 'backlogKinds']);
const PETITIONER_FIELDS = new Set(['name', 'idNumber', 'phone', 'address']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Body = Record<string, unknown>;

const isObject = (value: unknown): value is Body => typeof value === 'object' && value !== null && !Array.isArray(value);

const codePoints = (text: string): number => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

class Problems {
  readonly found: string[] = [];

  text(field: string, value: unknown, maxLength: number, required: boolean): string | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string') return this.add(field, 'must be text');
    if (required && value.trim().length === 0) return this.add(field, 'must not be blank');
    if (value.length > maxLength && codePoints(value) > maxLength) return this.add(field, `must be at most ${maxLength} characters`);
    if (value.includes('\u0000') || LONE_SURROGATE.test(value)) return this.add(field, 'must not contain NUL or unpaired surrogates');
    return value;
  }

  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T | undefined {
    return (allowed as readonly unknown[]).includes(value) ? (value as T) : this.add(field, `must be one of ${allowed.join(', ')}`);
  }

  only(field: string, value: Body, allowed: Set<string>): void {
    for (const key of Object.keys(value)) if (!allowed.has(key)) this.add(field ? `${field}.${key}` : key, 'is not a known field');
  }

  add(field: string, problem: string): undefined {
    this.found.push(`${field} ${problem}`);
    return undefined;
  }
}

export const toPetitionDetails = (body: unknown, now: Date): PetitionDetails => {
  if (!isObject(body)) throw new ValidationError('The body must be a JSON object');
  const problems = new Problems();
  problems.only('', body, FIELDS);
  const today = shanghaiDate(now);
  const details = {
    channel: problems.oneOf('channel', body.channel, CHANNELS),
    petitioners: petitioners(problems, body.petitioners),
    subject: problems.text('subject', body.subject, SUBJECT_MAX_LENGTH, true),
    content: problems.text('content', body.content, CONTENT_MAX_LENGTH, true),
    demands: problems.text('demands', body.demands, DEMANDS_MAX_LENGTH, true),
    category: problems.oneOf('category', body.category, CATEGORIES),
    responsibleUnit: problems.text('responsibleUnit', body.responsibleUnit, UNIT_MAX_LENGTH, true),
    receivedAt: receivedAt(problems, body.receivedAt, today),
  };
  const groupSize = body.groupSize;
  if (groupSize !== undefined && !(Number.isInteger(groupSize) && (groupSize as number) >= 1 && (groupSize as number) <= 1_000_000)) {
    problems.add('groupSize', 'must be a whole number from 1 to 1,000,000');
  }
  const backlogKinds = body.backlogKinds;
  if (backlogKinds !== undefined) {
    if (!Array.isArray(backlogKinds)) problems.add('backlogKinds', 'must be a list');
    else if (new Set(backlogKinds).size !== backlogKinds.length) problems.add('backlogKinds', 'must not repeat a kind');
    else backlogKinds.forEach((kind, index) => problems.oneOf(`backlogKinds[${index}]`, kind, BACKLOG_KINDS));
  }
  if (problems.found.length > 0) throw new ValidationError(problems.found.join('; '));
  return {
    ...(details as PetitionDetails),
    ...(groupSize !== undefined ? { groupSize: groupSize as number } : {}),
    ...(backlogKinds !== undefined ? { backlogKinds: backlogKinds as PetitionDetails['backlogKinds'] } : {}),
  };
};

const petitioners = (problems: Problems, value: unknown): Petitioner[] | undefined => {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_REPRESENTATIVES) {
    return problems.add('petitioners', `must list 1 to ${MAX_REPRESENTATIVES} petitioners`);
  }
  return value.map((item: unknown, index) => {
    const field = `petitioners[${index}]`;
    if (!isObject(item)) return problems.add(field, 'must be an object') ?? { name: '' };
    problems.only(field, item, PETITIONER_FIELDS);
    const name = problems.text(`${field}.name`, item.name, NAME_MAX_LENGTH, true) ?? '';
    const idNumber = optional(problems, `${field}.idNumber`, item.idNumber, isValidResidentIdNumber, 'must be an 18-character resident ID number with a valid check character');
    const phone = optional(problems, `${field}.phone`, item.phone, isValidPhoneNumber, 'must be a mainland mobile number or a landline with its area code');
    const address = problems.text(`${field}.address`, item.address, ADDRESS_MAX_LENGTH, false);
    return { name, ...(idNumber !== undefined && { idNumber }), ...(phone !== undefined && { phone }), ...(address !== undefined && { address }) };
  });
};

const optional = (problems: Problems, field: string, value: unknown, valid: (text: string) => boolean, problem: string): string | undefined => {
  if (value === undefined) return undefined;
  return typeof value === 'string' && valid(value) ? value : problems.add(field, problem);
};

const receivedAt = (problems: Problems, value: unknown, today: string): string | undefined => {
  if (value === undefined) return today;
  if (typeof value !== 'string' || !isIsoDate(value)) return problems.add('receivedAt', 'must be a date written YYYY-MM-DD');
  return value <= today ? value : problems.add('receivedAt', 'must not be in the future');
};
