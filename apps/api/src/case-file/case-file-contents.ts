import { Injectable } from '@nestjs/common';
import { PersonalDataVault } from '@xinfang/personal-data';
import { createHash } from 'node:crypto';
import { Database } from '../database/database.js';

/** Where a file's bytes are: the SHA-256 of the plain bytes, and the subject whose key seals them. */
export interface ContentAddress {
  readonly sha256: string;
  readonly sealedFor?: string;
}

export type OpenedContent =
  | { readonly state: 'present'; readonly bytes: Buffer }
  /** Sealed under a key erasure destroyed: shredded. */
  | { readonly state: 'erased' }
  | { readonly state: 'missing' }
  /** The stored bytes no longer hash to the address (or no longer open under their key). */
  | { readonly state: 'altered'; readonly actualSha256: string | null };

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The case file's bytes in PostgreSQL (`case_file_contents`), outside the event log, which keeps
 * only their hashes. Bytes that carry personal data are sealed (AES-256-GCM) under the data
 * subject's key from the vault, so erasing the subject shreds them as it does the event fields.
 */
@Injectable()
export class CaseFileContents {
  constructor(
    private readonly database: Database,
    private readonly vault: PersonalDataVault,
  ) {}

  /** Stores the bytes unless the same bytes are already stored for the same subject; answers their address. */
  async put(bytes: Buffer, sealedFor?: string): Promise<ContentAddress> {
    const sha256 = sha256Of(bytes);
    const content = sealedFor === undefined ? bytes : this.vault.sealBytes(sealedFor, await this.liveKey(sealedFor), bytes);
    await this.database.execute(
      'INSERT INTO case_file_contents (sha256, sealed_for, content, size) VALUES ($1, $2, $3, $4) ON CONFLICT ON CONSTRAINT case_file_contents_address DO NOTHING',
      [Buffer.from(sha256, 'hex'), sealedFor ?? null, content, bytes.length],
    );
    return { sha256, ...(sealedFor === undefined ? {} : { sealedFor }) };
  }

  /** The bytes, checked against their address: a file that no longer hashes to it is never handed out as if it did. */
  async open(address: ContentAddress): Promise<OpenedContent> {
    const rows = await this.database.query<{ content: Buffer }>(
      'SELECT content FROM case_file_contents WHERE sha256 = $1 AND sealed_for IS NOT DISTINCT FROM $2',
      [Buffer.from(address.sha256, 'hex'), address.sealedFor ?? null],
    );
    const stored = rows[0]?.content;
    if (!stored) return { state: 'missing' };
    let bytes = stored;
    if (address.sealedFor !== undefined) {
      const key = (await this.vault.keysOf([address.sealedFor])).get(address.sealedFor);
      if (!key) return { state: 'erased' };
      try {
        bytes = this.vault.openBytes(address.sealedFor, key, stored);
      } catch {
        return { state: 'altered', actualSha256: null };
      }
    }
    const actualSha256 = sha256Of(bytes);
    return actualSha256 === address.sha256 ? { state: 'present', bytes } : { state: 'altered', actualSha256 };
  }

  private async liveKey(subject: string): Promise<Buffer> {
    const key = (await this.vault.keysOf([subject])).get(subject);
    if (!key) throw new Error(`Data subject ${subject} has no key (erased): nothing more can be sealed for it`);
    return key;
  }
}
