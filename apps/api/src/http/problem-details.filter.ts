import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '@xinfang/event-store';
import { CalendarNotCoveredError } from '@xinfang/calendar';
import {
  AlreadyRecordedError,
  CaseRecordNotFoundError,
  DocumentAlreadyServedError,
  DocumentNotAvailableError,
  NotPermittedError,
  PetitionAlreadyExistsError,
  PetitionNotFoundError,
  ProceedingStateError,
  ProgrammeAlreadyOpenedError,
  ProgrammeNotFoundError,
  RuleViolationError,
  SupervisionNotFoundError,
  SupervisionRefusedError,
  TransitionRefusedError,
} from '@xinfang/petition';
import type { Request, Response } from 'express';
import { type ProblemDocument, ProblemException, problemType, writeProblem } from './problem.js';

/** Every error leaves the service as application/problem+json; nothing personal is logged. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { problem, headers } = this.toProblem(exception);
    if (problem.status >= 500) this.logger.error(`${request.method} ${request.route?.path ?? '(unrouted)'} failed: ${describe(exception)}`);
    if (response.headersSent) return;
    writeProblem(request, response, problem, headers);
  }

  private toProblem(exception: unknown): { problem: ProblemDocument; headers: Record<string, string> } {
    if (exception instanceof ProblemException) return { problem: exception.problem, headers: { ...exception.headers } };
    if (exception instanceof PetitionNotFoundError) return plain(404, 'petition-not-found', 'Petition not found', exception.message);
    if (exception instanceof PetitionAlreadyExistsError) return plain(409, 'petition-exists', 'Petition already registered', exception.message);
    if (exception instanceof ProgrammeNotFoundError) return plain(404, 'programme-not-found', 'Programme not found', exception.message);
    if (exception instanceof ProgrammeAlreadyOpenedError) return plain(409, 'programme-exists', 'Programme already open', exception.message);
    if (exception instanceof TransitionRefusedError) {
      return {
        problem: {
          type: problemType('transition-refused'),
          title: 'Not allowed at this stage',
          status: 409,
          detail: exception.message,
          stage: exception.stage,
          allowedNext: exception.allowedNext,
        },
        headers: {},
      };
    }
    if (exception instanceof DocumentNotAvailableError) {
      return {
        problem: {
          type: problemType('document-not-available'), title: 'The case has not reached the step this document records', status: 409, detail: exception.message,
          stage: exception.stage, document: exception.document, requires: exception.requires,
        },
        headers: {},
      };
    }
    if (exception instanceof DocumentAlreadyServedError) {
      return { problem: { type: problemType('already-served'), title: 'Already served', status: 409, detail: exception.message, number: exception.number, servedOn: exception.servedOn }, headers: {} };
    }
    if (exception instanceof CaseRecordNotFoundError) {
      return { problem: { type: problemType('record-not-found'), title: 'Not found', status: 404, detail: exception.message, field: exception.field }, headers: {} };
    }
    if (exception instanceof SupervisionNotFoundError) return { problem: { type: problemType('supervision-not-found'), title: 'Supervision not found', status: 404, detail: exception.message, field: 'supervisionId' }, headers: {} };
    if (exception instanceof SupervisionRefusedError) return { problem: { type: problemType('supervision-refused'), title: 'Not allowed for this supervision', status: 409, detail: exception.message, stage: exception.stage }, headers: {} };
    if (exception instanceof NotPermittedError) return plain(403, 'not-permitted', 'Not permitted', exception.message);
    if (exception instanceof AlreadyRecordedError) return { problem: { type: problemType('already-recorded'), title: 'Already recorded', status: 409, detail: exception.message, step: exception.step, recordedOn: exception.recordedOn }, headers: {} };
    if (exception instanceof ProceedingStateError) {
      return {
        problem: { type: problemType('proceeding-state'), title: 'Not allowed in this proceeding’s state', status: 409, detail: exception.message, proceeding: exception.proceeding, proceedingStatus: exception.status },
        headers: {},
      };
    }
    if (exception instanceof CalendarNotCoveredError) {
      return { problem: { type: problemType('calendar-not-loaded'), title: 'The working-day calendar does not cover this date', status: 422, detail: exception.message, date: exception.date }, headers: {} };
    }
    if (exception instanceof RuleViolationError) {
      return {
        problem: { type: problemType('rule-violated'), title: 'The request breaks a rule', status: 422, detail: exception.message, errors: exception.violations.map((violation) => ({ ...violation, code: 'rule' })) },
        headers: {},
      };
    }
    if (exception instanceof WrongExpectedVersionError) {
      return plain(409, 'concurrent-modification', 'The case changed meanwhile', 'Another change to this case was recorded at the same time; read it again and retry.');
    }
    if (exception instanceof EventStoreUnavailableError) {
      return { ...plain(503, 'unavailable', 'Service unavailable', 'The event store cannot be reached; retry shortly.'), headers: { 'Retry-After': '5' } };
    }
    if (isDatabaseUnavailable(exception)) {
      return { ...plain(503, 'unavailable', 'Service unavailable', 'The database cannot be reached; retry shortly.'), headers: { 'Retry-After': '5' } };
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    return plain(500, 'internal-error', 'Internal error', 'The request failed unexpectedly; nothing was recorded unless a later read shows it.');
  }
}

const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** SQLSTATE class 08 (connection exception), 57P01–57P03 (server shutting down or starting) and 53300 (too many connections). */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const CONNECTION_LOST_MESSAGES = ['Connection terminated', 'timeout exceeded when trying to connect', 'Client has encountered a connection error'];

/**
 * PostgreSQL gone, unreachable or refusing connections, as the pg driver, its pools or TypeORM
 * (`driverError`) report it: the request may succeed later, so 503 rather than 500.
 */
function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, cause, driverError, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; driverError?: unknown; errors?: unknown };
  if (typeof code === 'string' && (NETWORK_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (typeof message === 'string' && CONNECTION_LOST_MESSAGES.some((lost) => message.startsWith(lost))) return true;
  return [cause, driverError, ...(Array.isArray(errors) ? errors : [])].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

function plain(status: number, slug: string, title: string, detail: string): { problem: ProblemDocument; headers: Record<string, string> } {
  return { problem: { type: problemType(slug), title, status, detail }, headers: {} };
}

function fromHttpException(exception: HttpException): { problem: ProblemDocument; headers: Record<string, string> } {
  const status = exception.getStatus();
  const body = exception.getResponse();
  const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
  const title = HttpStatus[status]?.toLowerCase().replaceAll('_', ' ') ?? 'error';
  const headers: Record<string, string> = status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
  return { problem: { type: status === 404 ? problemType('not-found') : 'about:blank', title: capitalize(title), status, detail }, headers };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Error name, code and message only: driver errors can carry row values in their detail. */
function describe(exception: unknown): string {
  if (!(exception instanceof Error)) return String(exception);
  const code = (exception as { code?: unknown }).code;
  if (typeof code === 'string') return `${exception.name} (code ${code})`;
  return `${exception.name}: ${exception.message}\n${exception.stack ?? ''}`;
}
