/** A personal-data field encrypted under its subject's key (AES-256-GCM), as it sits in an event. */
export interface SealedValue {
  readonly $sealed: 'aes-256-gcm';
  /** The data subject (one petitioner of one petition) whose key sealed it. */
  readonly subject: string;
  readonly iv: string;
  readonly data: string;
  readonly tag: string;
}

export function isSealedValue(value: unknown): value is SealedValue {
  return typeof value === 'object' && value !== null && (value as { $sealed?: unknown }).$sealed === 'aes-256-gcm';
}
