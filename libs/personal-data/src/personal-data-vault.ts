import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SealedValue } from './sealed-value.js';
import type { SubjectKeyStore } from './subject-key-store.js';

/** What a sealed field reads as once its subject's key has been destroyed. */
export const ERASED = Symbol('erased');
export type Opened = string | typeof ERASED;

/**
 * Seals personal-data fields before they are written to the (append-only) event store and opens
 * them on read. Erasure destroys the subject's key: history stays intact and verifiable, and the
 * fields read as erased.
 */
export class PersonalDataVault {
  constructor(private readonly keys: SubjectKeyStore) {}

  async newSubject(subject: string): Promise<Buffer> {
    return this.keys.create(subject);
  }

  seal(subject: string, key: Buffer, plaintext: string): SealedValue {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(subject, 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { $sealed: 'aes-256-gcm', subject, iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
  }

  /** Opens every sealed value found, fetching each subject's key once. */
  async openAll(values: readonly SealedValue[]): Promise<Map<SealedValue, Opened>> {
    const subjects = [...new Set(values.map((value) => value.subject))];
    const keys = subjects.length > 0 ? await this.keys.find(subjects) : new Map<string, Buffer | null>();
    return new Map(values.map((value) => [value, open(value, keys.get(value.subject) ?? null)]));
  }

  /** The keys of these subjects; `null` for one erased (or never created). */
  keysOf(subjects: readonly string[]): Promise<Map<string, Buffer | null>> {
    return this.keys.find(subjects);
  }

  /** Bytes (a scanned file) sealed as one value: IV, tag and ciphertext, bound to the subject. */
  sealBytes(subject: string, key: Buffer, plain: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(subject, 'utf8'));
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]);
  }

  /** The bytes `sealBytes` sealed; throws when they were altered (the tag no longer matches). */
  openBytes(subject: string, key: Buffer, sealed: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
    decipher.setAAD(Buffer.from(subject, 'utf8'));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
  }

  erase(subjects: readonly string[], erasure: { reason: string; erasedBy: string }): Promise<string[]> {
    return this.keys.erase(subjects, erasure);
  }
}

function open(value: SealedValue, key: Buffer | null): Opened {
  if (!key) return ERASED;
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(value.iv, 'base64'));
  decipher.setAAD(Buffer.from(value.subject, 'utf8'));
  decipher.setAuthTag(Buffer.from(value.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(value.data, 'base64')), decipher.final()]).toString('utf8');
}
