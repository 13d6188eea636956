import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export const ACCESS_CODE_PATTERN = /^\d{8}$/;

const KEY_INFO = 'xinfang petitioner access code v1';
const FINGERPRINT_INFO = 'xinfang receipt fingerprint v1';
const CODE_SPACE = 100_000_000n;

/**
 * The one-time code on a petitioner's receipt: eight digits derived from the petition id with an
 * HMAC under a key drawn from the personal-data master key. Nothing is stored, so a database copy
 * reveals no code, and a replayed registration shows the same code again.
 */
@Injectable()
export class PetitionerAccessCodes {
  private readonly key: Buffer;
  private readonly fingerprintKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.personalDataMasterKey, Buffer.alloc(0), KEY_INFO, 32));
    this.fingerprintKey = Buffer.from(hkdfSync('sha256', config.personalDataMasterKey, Buffer.alloc(0), FINGERPRINT_INFO, 32));
  }

  /**
   * What logs and the attempt counters know a receipt number by: the same number always gives the
   * same fingerprint, so attempts on one case can be followed, but the number cannot be read back.
   */
  fingerprint(receiptNumber: string): string {
    return createHmac('sha256', this.fingerprintKey).update(receiptNumber, 'utf8').digest('base64url').slice(0, 16);
  }

  codeFor(petitionId: string): string {
    const digest = createHmac('sha256', this.key).update(petitionId, 'utf8').digest();
    return (digest.readBigUInt64BE(0) % CODE_SPACE).toString().padStart(8, '0');
  }

  /** Constant-time, so the time taken says nothing about how many digits were right. */
  matches(petitionId: string, code: string): boolean {
    const expected = Buffer.from(this.codeFor(petitionId));
    const given = Buffer.from(code);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
