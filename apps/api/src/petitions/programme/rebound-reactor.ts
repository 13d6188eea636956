import { Injectable } from '@nestjs/common';
import type { RecordedEvent } from '@xinfang/event-store';
import { type Actor, type CaseLink, PETITION_STREAM_PREFIX, petitionIdOf, reboundOf } from '@xinfang/petition';
import type { Projection } from '@xinfang/projection-engine';
import { upcast } from '../../event-codec/upcasters.js';
import { PetitionCommandRunner } from '../command-path/petition-command-runner.js';
import { CurrentCaseLoader } from '../command-path/current-case.js';

export const REBOUND_REACTOR = 'programme_rebounds';

interface LinkedRegistration {
  receiptNumber: string;
  receivedAt: string;
  relatedCases?: CaseLink[];
  priorConcludedCases?: CaseLink[];
}

/**
 * 反弹: a petition registered on the same matter by the same person as a case that stands resolved
 * in a programme reopens that case. Intake links the new petition to the earlier cases; this reactor
 * reads every registration from the log, checkpointed by the projection engine like a read model
 * (so no registration is missed, and a crash only repeats a batch), and records the rebound on
 * each earlier case it applies to. Repeating is harmless: the event ids derive from the two cases
 * and a case already reopened is no longer resolved. It owns no tables, so a rebuild or replay
 * check has nothing of it to redo: AppModule gives it to the projector as a reactor (REACTORS).
 */
@Injectable()
export class ReboundReactor {
  constructor(
    private readonly cases: CurrentCaseLoader,
    private readonly runner: PetitionCommandRunner,
  ) {}

  projection(): Projection {
    return { name: REBOUND_REACTOR, tables: [], streamPrefix: PETITION_STREAM_PREFIX, eventTypes: ['PetitionRegistered'], apply: (events) => this.react(events) };
  }

  private async react(events: readonly RecordedEvent[]): Promise<void> {
    for (const registration of events.filter((event) => event.type === 'PetitionRegistered')) {
      const facts = upcast(registration) as unknown as LinkedRegistration;
      const later = { petitionId: petitionIdOf(registration.streamId), receiptNumber: facts.receiptNumber, receivedAt: facts.receivedAt };
      for (const { petitionId } of [...(facts.relatedCases ?? []), ...(facts.priorConcludedCases ?? [])]) {
        // The earlier case may be a long one: its latest snapshot and the events after it.
        const { state } = await this.cases.load(petitionId);
        if (!reboundOf(state, later)) continue;
        // The clerk who registered the later petition caused the rebound: the event is theirs.
        await this.runner.run(petitionId, { type: 'RecordProgrammeRebound', data: later }, {
          actor: registration.metadata.actor as Actor,
          now: new Date(),
          idempotencyKey: `rebound:${petitionId}:${later.petitionId}`,
          correlationId: registration.id,
        });
      }
    }
  }
}
