import { HttpStatus, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { formatLogPosition } from '@xinfang/event-store';
import { RuleViolationError } from '@xinfang/petition';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { type FieldError, withCodes } from '../../http/problem.js';
import { flattenValidationErrors } from '../../http/validation.js';
import { receiptNumberOf } from '../command-path/command-response.js';
import { requestIds } from '../../http/deterministic-ids.js';
import { RegisterPetitionCommand } from './register-petition.command.js';
import { RegisterPetitionRequest } from './register-petition.request.js';
import type { RequestContext } from '../../http/request-context.js';

export class BatchItemResult {
  @ApiProperty() index!: number;
  @ApiProperty({ enum: [201, 400, 422] }) status!: number;
  @ApiPropertyOptional({ format: 'uuid' }) id?: string;
  @ApiPropertyOptional() receiptNumber?: string;
  @ApiPropertyOptional({ description: 'The one-time code printed on the receipt, for the petitioner’s own progress lookup; shown only in this answer' }) accessCode?: string;
  @ApiPropertyOptional() position?: string;
  @ApiPropertyOptional({ type: 'array', items: { $ref: getSchemaPath('FieldError') }, description: 'Why the item was rejected, field by field, as in a problem document’s errors' })
  errors?: FieldError[];
}

@Injectable()
export class RegisterBatchService {
  constructor(private readonly commandBus: CommandBus) {}

  /** In order, one item at a time: a batch is a clerk's pile of letters, not a load test. */
  async register(items: readonly unknown[], context: RequestContext): Promise<BatchItemResult[]> {
    const results: BatchItemResult[] = [];
    for (const [index, item] of items.entries()) results.push(await this.registerOne(index, item, context));
    return results;
  }

  private async registerOne(index: number, item: unknown, context: RequestContext): Promise<BatchItemResult> {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { index, status: HttpStatus.BAD_REQUEST, errors: [{ field: `items[${index}]`, code: 'type', message: 'each item must be an object' }] };
    }
    const request = plainToInstance(RegisterPetitionRequest, item);
    // The value tells a missing field from a wrong one ("required", not a type error); flattenValidationErrors never answers it.
    const invalid = await validate(request, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: true } });
    if (invalid.length > 0) return { index, status: HttpStatus.BAD_REQUEST, errors: withCodes(flattenValidationErrors(invalid)) };
    const itemContext: RequestContext = { ...context, ...(context.idempotencyKey ? { idempotencyKey: `${context.idempotencyKey}#${index}` } : {}) };
    const petitionId = requestIds(context.actor.id, itemContext.idempotencyKey).petitionId();
    try {
      const outcome = await this.commandBus.execute(new RegisterPetitionCommand(petitionId, request, itemContext));
      return { index, status: HttpStatus.CREATED, id: petitionId, receiptNumber: receiptNumberOf(outcome.state), position: formatLogPosition(outcome.position) };
    } catch (error) {
      if (error instanceof RuleViolationError) return { index, status: HttpStatus.UNPROCESSABLE_ENTITY, errors: error.violations.map((violation) => ({ ...violation, code: 'rule' })) };
      throw error;
    }
  }
}
