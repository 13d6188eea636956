import type { RecordedEvent } from '@xinfang/event-store';
import type { PersonalDataVault } from '@xinfang/personal-data';
import { randomUUID } from 'node:crypto';
import type { PetitionEventCodec } from '../event-codec/petition-event-codec.js';

export interface SealingSubject {
  readonly subject: string;
  /** Creates the subject's key when it is new: called once the request is known to be good, so a refusal leaves no key behind. */
  readonly ready: () => Promise<void>;
}

/**
 * The data subject whose key seals the case file's personal data: the first petitioner's, else a
 * subject the case file was sealed for before, else a new one (a petitioner registered without an
 * ID number, phone or address has no key yet). Erasure destroys every subject a stream names, so
 * whichever it is, erasing the case shreds the file with the fields.
 */
export async function sealingSubject(recorded: readonly RecordedEvent[], codec: PetitionEventCodec, vault: PersonalDataVault): Promise<SealingSubject> {
  const subjects = codec.subjectsOf(recorded);
  const keys = subjects.length > 0 ? await vault.keysOf(subjects) : new Map<string, Buffer | null>();
  const live = subjects.find((subject) => keys.get(subject));
  if (live) return { subject: live, ready: async () => undefined };
  const subject = randomUUID();
  return { subject, ready: async () => void (await vault.newSubject(subject)) };
}
