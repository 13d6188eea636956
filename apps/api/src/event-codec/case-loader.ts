import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, RecordedEvent } from '@xinfang/event-store';
import { foldPetition, type PetitionState, petitionStreamId } from '@xinfang/petition';
import { PetitionEventCodec } from './petition-event-codec.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';

export interface LoadedCase {
  /** The stream as stored, for versions, positions and event ids. */
  readonly recorded: readonly RecordedEvent[];
  readonly state: PetitionState;
}

/** read → decode (personal data opened, old shapes upcast) → fold: the one way a case is loaded. */
@Injectable()
export class CaseLoader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: PetitionEventCodec,
  ) {}

  async load(petitionId: string): Promise<LoadedCase> {
    const recorded = await this.read(petitionId);
    return { recorded, state: await this.fold(recorded) };
  }

  read(petitionId: string): Promise<RecordedEvent[]> {
    return this.store.readStream(petitionStreamId(petitionId));
  }

  /** The case as these stored events (a whole stream, or its first part) make it. */
  async fold(recorded: readonly RecordedEvent[]): Promise<PetitionState> {
    return foldPetition(await this.codec.decode(recorded));
  }
}
