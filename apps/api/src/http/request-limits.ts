import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { RequestHandler } from 'express';
import { type ProblemDocument, PROBLEM_CONTENT_TYPE, problemType, sendProblem } from './problem.js';

export interface RequestLimits {
  /** The request line and headers together (Node's maxHeaderSize). */
  readonly headerLimitBytes: number;
  readonly urlLimitBytes: number;
}

/** How long a socket refused before HTTP could read it may stay open for its client to read the answer. */
const LINGER_MILLIS = 5_000;
const REQUEST_LINE_START = /^[A-Z]+ /;

/**
 * Node answers a request it cannot parse (headers past `maxHeaderSize`, a control character in a
 * header) with a bare status line, or none. Here it gets a problem document: 414 when the request
 * line alone is past the limit, 431 for the headers, 400 for the rest. The socket is only
 * half-closed, so a client still sending its headers reads the answer rather than a reset.
 */
export function answerUnreadableRequests(server: Server, limits: RequestLimits): void {
  const answered = new WeakSet<Socket>();
  server.on('clientError', (error: NodeJS.ErrnoException & { bytesParsed?: number; rawPacket?: Buffer }, socket: Socket) => {
    if (answered.has(socket)) return;
    answered.add(socket);
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(rawResponse(clientErrorProblem(error, limits)));
    setTimeout(() => socket.destroy(), LINGER_MILLIS).unref();
  });
}

function clientErrorProblem(error: { code?: string; bytesParsed?: number; rawPacket?: Buffer }, limits: RequestLimits): ProblemDocument {
  if (error.code !== 'HPE_HEADER_OVERFLOW') {
    return { type: problemType('malformed-request'), title: 'Malformed HTTP request', status: 400, detail: 'The request line or a header could not be read (control characters are not allowed in headers).' };
  }
  const packet = error.rawPacket?.toString('latin1') ?? '';
  const lineEnd = packet.indexOf('\r\n');
  if (REQUEST_LINE_START.test(packet) && (lineEnd < 0 || lineEnd >= (error.bytesParsed ?? 0))) return uriTooLong(limits.urlLimitBytes);
  return {
    type: problemType('headers-too-large'),
    title: 'Request headers too large',
    status: 431,
    detail: `The request line and headers may be at most ${limits.headerLimitBytes} bytes together.`,
  };
}

function uriTooLong(limitBytes: number): ProblemDocument {
  return { type: problemType('uri-too-long'), title: 'URI too long', status: 414, detail: `The URL (path and query) may be at most ${limitBytes} bytes.` };
}

function rawResponse(problem: ProblemDocument): string {
  const body = JSON.stringify(problem);
  const reason = { 400: 'Bad Request', 414: 'URI Too Long', 431: 'Request Header Fields Too Large' }[problem.status] ?? 'Bad Request';
  return `HTTP/1.1 ${problem.status} ${reason}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/** A URL that fits the header limit but not the URL limit: 414 before routing. */
export function refuseLongUrls(limitBytes: number): RequestHandler {
  return (request, response, next) => {
    if (Buffer.byteLength(request.originalUrl, 'latin1') <= limitBytes) return next();
    sendProblem(response, uriTooLong(limitBytes));
  };
}
