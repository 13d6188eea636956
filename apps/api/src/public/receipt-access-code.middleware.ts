import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PetitionerAccessCodes } from './petitioner-access-code.js';

interface Registered {
  readonly id: string;
  readonly receiptNumber: string;
}

/**
 * Adds the access code to a registration's receipt (`POST /petitions`, and each registered item of
 * `POST /petitions/batch`) as the answer is written. By then the idempotency record has kept the
 * answer without it, so no code is ever stored; a replay of the answer gets the same code again.
 */
@Injectable()
export class ReceiptAccessCodeMiddleware implements NestMiddleware {
  constructor(private readonly codes: PetitionerAccessCodes) {}

  use(_request: Request, response: Response, next: NextFunction): void {
    const json = response.json.bind(response);
    response.json = (body: unknown) => json(this.withAccessCodes(body, response.statusCode));
    next();
  }

  private withAccessCodes(body: unknown, status: number): unknown {
    if (status === 201 && isRegistered(body)) return { ...body, accessCode: this.codes.codeFor(body.id) };
    if (status === 200 && isBatchAnswer(body)) {
      return { ...body, results: body.results.map((item) => (item.status === 201 && isRegistered(item) ? { ...item, accessCode: this.codes.codeFor(item.id) } : item)) };
    }
    return body;
  }
}

function isRegistered(value: unknown): value is Registered {
  const candidate = value as Partial<Registered> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.id === 'string' && typeof candidate.receiptNumber === 'string';
}

function isBatchAnswer(value: unknown): value is { results: { status?: unknown }[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results);
}
