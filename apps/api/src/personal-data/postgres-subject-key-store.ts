import type { SubjectKeyStore } from '@xinfang/personal-data';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Database } from '../database/database.js';

interface KeyRow {
  subject: string;
  wrapped_key: Buffer | null;
}

const CACHE_MILLIS = 30_000;
const MAX_KEYS_PER_INSERT = 500;
/** Keys kept in memory at most; the oldest go first (an evicted key is read again from the table). */
const CACHE_LIMIT = 10_000;

/**
 * Subject keys in PostgreSQL, each wrapped (AES-256-GCM) under the master key from the
 * environment, so a copy of the database alone opens nothing. Erasure overwrites the wrapped key
 * with NULL; other instances stop using a cached key within `CACHE_MILLIS`.
 */
export class PostgresSubjectKeyStore implements SubjectKeyStore {
  private readonly cache = new Map<string, { key: Buffer | null; until: number }>();
  /** New keys waiting for the INSERT under way to finish; they go in together in the next one. */
  private waiting: { subject: string; key: Buffer; settle: (error?: unknown) => void }[] = [];
  private inserting = false;

  constructor(
    private readonly database: Database,
    private readonly masterKey: Buffer,
    private readonly cacheLimit = CACHE_LIMIT,
  ) {}

  /**
   * A new subject's key, stored before it is returned. Keys asked for while an INSERT is under way
   * are stored together by the next one: concurrent registrations share one round trip and one
   * commit instead of waiting for the disk one by one.
   */
  async create(subject: string): Promise<Buffer> {
    const key = randomBytes(32);
    await new Promise<void>((resolve, reject) => {
      this.waiting.push({ subject, key, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      void this.insertWaiting();
    });
    this.remember(subject, key, Date.now() + CACHE_MILLIS);
    return key;
  }

  private async insertWaiting(): Promise<void> {
    if (this.inserting) return;
    this.inserting = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MAX_KEYS_PER_INSERT);
        try {
          await this.database.execute('INSERT INTO personal_data_keys (subject, wrapped_key) SELECT * FROM unnest($1::uuid[], $2::bytea[])', [
            batch.map((entry) => entry.subject),
            batch.map((entry) => this.wrap(entry.subject, entry.key)),
          ]);
          for (const entry of batch) entry.settle();
        } catch (error) {
          for (const entry of batch) entry.settle(error ?? new Error('storing the personal-data keys failed'));
        }
      }
    } finally {
      this.inserting = false;
    }
  }

  async find(subjects: readonly string[]): Promise<Map<string, Buffer | null>> {
    const now = Date.now();
    const found = new Map<string, Buffer | null>();
    const missing: string[] = [];
    for (const subject of subjects) {
      const cached = this.cache.get(subject);
      if (cached && cached.until > now) found.set(subject, cached.key);
      else missing.push(subject);
    }
    if (missing.length > 0) {
      const rows = await this.database.query<KeyRow>('SELECT subject::text, wrapped_key FROM personal_data_keys WHERE subject = ANY($1::uuid[])', [missing]);
      const byId = new Map(rows.map((row) => [row.subject, row.wrapped_key]));
      for (const subject of missing) {
        const wrapped = byId.get(subject) ?? null;
        const key = wrapped ? this.unwrap(subject, wrapped) : null;
        this.remember(subject, key, now + CACHE_MILLIS);
        found.set(subject, key);
      }
    }
    return found;
  }

  async erase(subjects: readonly string[], erasure: { reason: string; erasedBy: string }): Promise<string[]> {
    const rows = await this.database.query<{ subject: string }>(
      `UPDATE personal_data_keys SET wrapped_key = NULL, erased_at = now(), erased_by = $2, erasure_reason = $3
        WHERE subject = ANY($1::uuid[]) AND wrapped_key IS NOT NULL RETURNING subject::text`,
      [subjects, erasure.erasedBy, erasure.reason],
    );
    // Erased for good: the table says so too, should the entry be evicted.
    for (const subject of subjects) this.remember(subject, null, Number.MAX_SAFE_INTEGER);
    return rows.map((row) => row.subject);
  }

  /** Every registration brings a new subject: without a bound the cache would grow for as long as the service runs. */
  private remember(subject: string, key: Buffer | null, until: number): void {
    this.cache.delete(subject);
    if (this.cache.size >= this.cacheLimit) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(subject, { key, until });
  }

  private wrap(subject: string, key: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.masterKey, iv);
    cipher.setAAD(Buffer.from(subject, 'utf8'));
    const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
  }

  private unwrap(subject: string, wrapped: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.masterKey, wrapped.subarray(0, 12));
    decipher.setAAD(Buffer.from(subject, 'utf8'));
    decipher.setAuthTag(wrapped.subarray(12, 28));
    return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
  }
}
