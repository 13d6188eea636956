import { petitionStreamId } from '@xinfang/petition';
import { Inject, Injectable } from '@nestjs/common';
import { type EventStore, formatLogPosition } from '@xinfang/event-store';
import { PersonalDataVault } from '@xinfang/personal-data';
import { randomUUID } from 'node:crypto';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import type { RequestContext } from '../http/request-context.js';
import { CaseHistoryService } from './case-history.service.js';
import { CASE_SNAPSHOTS, type CaseSnapshots } from '../petitions/command-path/case-snapshots.port.js';

/**
 * Erasure on a lawful request: the petitioners' keys are destroyed, so every sealed field in the
 * append-only history reads as erased, the case's snapshots are deleted, and the erasure itself is
 * recorded in the case's stream.
 */
@Injectable()
export class PersonalDataErasureService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly codec: PetitionEventCodec,
    private readonly history: CaseHistoryService,
    @Inject(CASE_SNAPSHOTS) private readonly snapshots: CaseSnapshots,
  ) {}

  async erase(petitionId: string, legalBasis: string, context: RequestContext) {
    const recorded = await this.history.events(petitionId);
    const subjects = this.codec.subjectsOf(recorded);
    const erased = await this.vault.erase(subjects, { reason: legalBasis, erasedBy: context.actor.id });
    // The write side's snapshots hold the case folded with its personal data opened: gone with the keys
    // (a snapshot being written meanwhile holds the keys' rows, so it is either refused or deleted here).
    await this.snapshots.forget(petitionId);
    const result = await this.store.appendToStream(petitionStreamId(petitionId), [
      {
        id: randomUUID(),
        type: 'PersonalDataErased',
        data: { subjects: subjects.length, newlyErased: erased.length, legalBasis },
        metadata: { actor: context.actor, recordedAt: context.now.toISOString() },
      },
    ]);
    return { petitionId, subjects: subjects.length, newlyErased: erased.length, version: Number(result.nextExpectedVersion) + 1, position: formatLogPosition(result.position) };
  }
}
