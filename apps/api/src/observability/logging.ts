import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { Logger as NestPinoLogger, type Params, PinoLogger } from 'nestjs-pino';
import { type DestinationStream, type Logger, type LevelWithSilent, pino, stdSerializers } from 'pino';
import { pinoHttp } from 'pino-http';
import { CENSORED, CENSORED_KEYS, censorPersonalData } from './censor-personal-data.js';
import { routeOf } from './route-of.js';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** The service's one pino logger: JSON lines on stdout, or on `destination` (tests capture it there). */
export function createRootLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  const options = {
    level,
    formatters: { log: censorPersonalData },
    serializers: { err: serializeError },
    // Top-level fields only, which pino censors without walking or copying anything: this reaches
    // a child logger's bindings (`logger.child({ phone })`), which the formatter does not see.
    redact: { paths: [...CENSORED_KEYS], censor: CENSORED },
  };
  return pino(options, destination ?? bufferedStdout());
}

/** How much of stdout is gathered before it is written, and how long a line may wait at most. */
const LOG_BUFFER_BYTES = 4096;
const LOG_FLUSH_MILLIS = 1_000;

/**
 * Stdout written a few kilobytes at a time instead of one write per line: a request line costs a
 * system call otherwise, which under load cost more than the line itself. A line waits at most
 * `LOG_FLUSH_MILLIS`, and whatever is gathered is written before the process exits, a crash included.
 * One per process, shared by every logger made here.
 */
let stdout: DestinationStream | undefined;
function bufferedStdout(): DestinationStream {
  if (stdout) return stdout;
  const boom = pino.destination({ dest: 1, sync: false, minLength: LOG_BUFFER_BYTES });
  setInterval(() => boom.flush(), LOG_FLUSH_MILLIS).unref();
  process.once('exit', () => {
    try {
      boom.flushSync();
    } catch {
      // Not open yet, or already closed: nothing gathered to write.
    }
  });
  stdout = boom;
  return boom;
}

/** pino's error serializer keeps an error's own fields: censored like everything else logged. */
function serializeError(error: Error): Record<string, unknown> {
  return censorPersonalData({ ...stdSerializers.err(error) });
}

const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * One line per request — method, route template, status, duration and request id — when the
 * response is sent. Mounted ahead of body parsing so that a refused body is logged too.
 */
export function requestLogging(root: Logger) {
  return pinoHttp<IncomingMessage, ServerResponse>({
    logger: root,
    quietReqLogger: true,
    quietResLogger: true,
    genReqId: (req, res) => {
      const offered = req.headers['x-request-id'];
      const id = typeof offered === 'string' && SANE_REQUEST_ID.test(offered) ? offered : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { id: unknown; method: string }) => ({ id: req.id, method: req.method }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${routeOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${routeOf(req)} ${res.statusCode}`,
    customSuccessObject: (req, res, value: { responseTime: number }) => requestLine(req, res, value.responseTime),
    customErrorObject: (req, res, _error, value: { responseTime: number }) => requestLine(req, res, value.responseTime),
  });
}

function requestLine(req: IncomingMessage, res: ServerResponse, durationMs: number) {
  return { method: req.method, route: routeOf(req), status: res.statusCode, durationMs };
}

/**
 * nestjs-pino routes Nest's logger through `root`, and binds the request's logger (with its id)
 * to whatever is logged while handling it. `useExisting`: `requestLogging` already is the
 * request middleware. nestjs-pino keeps one root per process, taken from the first application.
 */
export function nestLoggerParams(root: Logger): Params {
  return { pinoHttp: { logger: root }, useExisting: true };
}

/** Nest's logger on `root` for what is logged before the application exists (start-up in `main.ts`). */
export function nestLogger(root: Logger): LoggerService {
  const params = nestLoggerParams(root);
  return new NestPinoLogger(new PinoLogger(params), params);
}
