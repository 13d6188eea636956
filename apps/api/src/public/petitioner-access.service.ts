import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { Database } from '../database/database.js';
import { ProblemException, problemType } from '../http/problem.js';
import { AccessAttempts } from './access-attempts.js';
import { PetitionerAccessCodes } from './petitioner-access-code.js';

const RECEIPT_NUMBER = /^XF\d{8}-[0-9A-HJKMNP-TV-Z]{8}$/;
/** Checked against a code when the receipt is unknown, so that answer takes as long as a wrong code. */
const DECOY_PETITION_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Opens a case to the petitioner holding its receipt number and code. A wrong code and an unknown
 * receipt give the same 404, after the same work; failures lock out the client address and pace
 * the receipt number (see AccessAttempts), refused with 429, and are logged with the receipt's
 * fingerprint, never the number or the code.
 */
@Injectable()
export class PetitionerAccess {
  constructor(
    private readonly database: Database,
    private readonly codes: PetitionerAccessCodes,
    private readonly attempts: AccessAttempts,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('PetitionerAccess');
  }

  async open(receipt: string, code: string, clientAddress: string): Promise<string> {
    const receiptNumber = receipt.trim().toUpperCase();
    const wellFormed = RECEIPT_NUMBER.test(receiptNumber);
    const fingerprint = wellFormed ? this.codes.fingerprint(receiptNumber) : undefined;
    const verdict = await this.attempts.take(clientAddress, fingerprint);
    const logged = { receipt: fingerprint ?? 'malformed', clientAddress };
    if (!verdict.allowed) {
      this.logger.warn({ ...logged, reason: 'rate_limited', limitedBy: verdict.limitedBy, retryAfterSeconds: verdict.retryAfterSeconds }, 'Petitioner lookup refused: too many wrong codes');
      throw tooManyAttempts(verdict.retryAfterSeconds);
    }
    const candidates = wellFormed ? await this.petitionsWithReceipt(receiptNumber) : [];
    const petitionId = candidates.find((id) => this.codes.matches(id, code));
    if (candidates.length === 0) this.codes.matches(DECOY_PETITION_ID, code);
    if (petitionId === undefined) {
      this.logger.warn({ ...logged, reason: candidates.length === 0 ? 'unknown_receipt' : 'wrong_code' }, 'Petitioner lookup refused: no case for this receipt number and code');
      throw notFound();
    }
    await this.attempts.giveBack(clientAddress, fingerprint);
    return petitionId;
  }

  private async petitionsWithReceipt(receiptNumber: string): Promise<string[]> {
    const rows: { petition_id: string }[] = await this.database.query('SELECT petition_id::text FROM read_model.petitions WHERE receipt_number = $1', [receiptNumber]);
    return rows.map((row) => row.petition_id);
  }
}

export function notFound(): ProblemException {
  return new ProblemException({
    type: problemType('not-found'),
    title: 'Not found',
    status: 404,
    detail: '未查询到信访事项：请核对受理回执上的编号和查询码。',
  });
}

function tooManyAttempts(retryAfterSeconds: number): ProblemException {
  return new ProblemException(
    {
      type: problemType('rate-limited'),
      title: 'Too many wrong codes',
      status: 429,
      detail: retryAfterSeconds < 60 ? `查询码错误次数过多，请在 ${retryAfterSeconds} 秒后再试。` : `查询码错误次数过多，请在 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试。`,
    },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}
