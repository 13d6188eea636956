import { createHmac, hkdfSync } from 'node:crypto';
import type { Petitioner } from '@xinfang/petition';

/**
 * Blind indexes for "same person" (DOMAIN.md: by ID number, else name + phone): a keyed hash, so
 * the read models can match petitioners without holding their ID numbers or phones. The key is
 * derived from the personal-data master key.
 */
export class PersonKeys {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'xinfang person keys v1', 32));
  }

  of(petitioner: Pick<Petitioner, 'name' | 'idNumber' | 'phone'>): string | undefined {
    if (petitioner.idNumber) return this.hash(`id:${petitioner.idNumber.trim().toUpperCase()}`);
    const phone = petitioner.phone?.replace(/\D/g, '');
    if (phone) return this.hash(`name-phone:${petitioner.name.trim()}|${phone}`);
    return undefined;
  }

  ofAll(petitioners: readonly Pick<Petitioner, 'name' | 'idNumber' | 'phone'>[]): string[] {
    return [...new Set(petitioners.map((petitioner) => this.of(petitioner)).filter((key): key is string => key !== undefined))];
  }

  private hash(text: string): string {
    return createHmac('sha256', this.key).update(text, 'utf8').digest('base64url');
  }
}
