import type { Type } from '@nestjs/common';
import type { Role } from '@xinfang/petition';
import type { RequestContext } from '../../http/request-context.js';
import type { CommandResponse } from './command-response.js';
import type { PetitionCommandInput } from './petition-command-runner.js';

/**
 * One command on an existing case as the API offers it: everything that differs from one command
 * to the next. The route is `POST /petitions/:id/<path>`; every other path parameter is a UUID.
 */
export interface CaseCommandRoute<Body extends object = object> {
  /** The command's name, PascalCase: the controller is `<name>Controller` in the OpenAPI operation ids. */
  readonly name: string;
  /** The handler method's name, the second half of the operation id: `<name>Controller_<action>`. */
  readonly action: string;
  /** After `/petitions/:id/`, e.g. `hearings/:hid/conclusion`. */
  readonly path: string;
  readonly roles: readonly Role[];
  readonly summary: string;
  readonly body: Type<Body>;
  /** A new record the command creates: its id is minted per request (from the Idempotency-Key when there is one), answered and located. */
  readonly creates?: {
    /** `hearing`: the id is answered as `hearingId`. */
    readonly record: string;
    readonly location: (petitionId: string, id: string, params: Readonly<Record<string, string>>) => string;
    readonly response: Type<CommandResponse>;
  };
  /** The request, validated by its DTO, as the domain command: the one place a request's fields become the command's. */
  readonly command: (body: Body, request: CaseCommandRequest) => PetitionCommandInput;
}

export interface CaseCommandRequest {
  /** The path parameters besides the case's id, by name (`hid`). */
  readonly params: Readonly<Record<string, string>>;
  readonly context: RequestContext;
  /** The id minted for the record the command creates (`creates`). */
  readonly newId?: string;
}

/** Declares a route; typed so the mapping sees the DTO's own type. */
export function caseCommand<Body extends object>(route: CaseCommandRoute<Body>): CaseCommandRoute {
  return route as unknown as CaseCommandRoute;
}
