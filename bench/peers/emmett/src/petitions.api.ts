import { DeciderCommandHandler, type EventStore, STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { Created, on, toWeakETag, type WebApiSetup } from '@event-driven-io/emmett-expressjs';
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Router } from 'express';
import type { AuthenticatedRequest } from './authentication.js';
import { petitionDecider } from './petition.js';
import { toPetitionDetails } from './register-petition.request.js';

const handle = DeciderCommandHandler(petitionDecider);

export const petitionStreamName = (petitionId: string) => `petition-${petitionId}`;

export const petitionsApi =
  (eventStore: EventStore, clerksOnly: RequestHandler, getCurrentTime: () => Date): WebApiSetup =>
  (router: Router) => {
    router.post(
      '/petitions',
      clerksOnly,
      on(async (request: Request) => {
        const now = getCurrentTime();
        const petitionId = randomUUID();
        const details = toPetitionDetails(request.body, now);
        const result = await handle(
          eventStore,
          petitionStreamName(petitionId),
          { type: 'RegisterPetition', data: { ...details, petitionId }, metadata: { actor: (request as AuthenticatedRequest).actor, now } },
          { expectedStreamVersion: STREAM_DOES_NOT_EXIST },
        );
        return Created({ createdId: petitionId, eTag: toWeakETag(result.nextExpectedStreamVersion) });
      }),
    );
  };
