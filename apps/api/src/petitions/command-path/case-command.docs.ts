import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiPreconditionFailedResponse, ApiResponse, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

/** The headers and refusals every command on an existing case shares (API.md conventions); errors are application/problem+json. */
export function CaseCommandDocs() {
  return applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: 'The version from the last ETag; 412 if the case has moved on' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry-safe: the same key and body give the first answer again; the same key with another body is a 422' }),
    ApiBadRequestResponse({ description: 'Malformed input: `errors` names each bad field; unknown fields are refused' }),
    ApiForbiddenResponse({ description: 'The role may not, or the case’s record does not permit this caller (not on the hearing’s panel, not its chair)' }),
    ApiNotFoundResponse({ description: 'No such petition, or no such record of it (hearing, recusal request, plan task, obligation, supervision) as the path names: `field` names it' }),
    ApiResponse({
      status: 409,
      description: 'The stage does not allow the step (with `stage` and `allowedNext`), the hearing or mediation is not in a state for it, or the fact is already recorded',
    }),
    ApiPreconditionFailedResponse({ description: 'If-Match names a version the case has moved on from' }),
    ApiUnprocessableEntityResponse({ description: 'A business rule refuses it (dates out of order, statutory window missed, …): `errors` names each' }),
  );
}
