import { Injectable, NotFoundException } from '@nestjs/common';
import { formatLogPosition, type RecordedEvent, verifyHashChain } from '@xinfang/event-store';
import { PetitionEventCodec, RECORD_EVENT_TYPES } from '../event-codec/petition-event-codec.js';
import { CaseLoader } from '../event-codec/case-loader.js';
import { petitionView, type PetitionView, recordedSteps } from '../petitions/get-petition/petition.view.js';

export interface HistoryEntry {
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly actor: { id: string; name: string; role: string };
  readonly recordedAt: string;
  readonly storedAt: string;
  readonly position: string;
  readonly hash: string;
  readonly schemaVersion: number;
}

export type HistoryForm = 'decoded' | 'stored';

/** A case's events as auditors see them, its past states by replay, and its hash chain's integrity. */
@Injectable()
export class CaseHistoryService {
  constructor(
    private readonly cases: CaseLoader,
    private readonly codec: PetitionEventCodec,
  ) {}

  async events(petitionId: string): Promise<RecordedEvent[]> {
    const recorded = await this.cases.read(petitionId);
    if (recorded.length === 0) throw new NotFoundException(`There is no petition ${petitionId}`);
    return recorded;
  }

  /**
   * Entries with their data as stored (personal fields sealed: what the hashes cover) or decoded
   * (upcast to today's shape, personal fields opened unless erased).
   */
  async entries(recorded: readonly RecordedEvent[], form: HistoryForm): Promise<HistoryEntry[]> {
    const decoded = form === 'decoded' ? await this.decodeEach(recorded) : undefined;
    return recorded.map((event, index) => ({
      version: Number(event.version) + 1,
      eventId: event.id,
      type: event.type,
      data: decoded ? decoded[index] : event.data,
      actor: { ...event.metadata.actor },
      recordedAt: event.metadata.recordedAt,
      storedAt: event.storedAt.toISOString(),
      position: formatLogPosition(event.position),
      hash: event.hash,
      schemaVersion: typeof event.metadata.schemaVersion === 'number' ? event.metadata.schemaVersion : 1,
    }));
  }

  /** The case as it stood after its first `version` events, replayed through today's decider. */
  async stateAt(petitionId: string, recorded: readonly RecordedEvent[]): Promise<PetitionView> {
    const state = await this.cases.fold(recorded);
    if (state.status === 'none') throw new NotFoundException(`Petition ${petitionId} did not exist yet then`);
    return petitionView(petitionId, state, recordedSteps(state, recorded));
  }

  verify(recorded: readonly RecordedEvent[]) {
    return verifyHashChain(recorded);
  }

  private async decodeEach(recorded: readonly RecordedEvent[]): Promise<unknown[]> {
    const domain = await this.codec.decode(recorded);
    let next = 0;
    return recorded.map((event) => (RECORD_EVENT_TYPES.has(event.type) ? event.data : domain[next++]!.data));
  }
}
