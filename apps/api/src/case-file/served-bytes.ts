import { ProblemException, problemType } from '../http/problem.js';
import type { OpenedContent } from './case-file-contents.js';

/** The bytes to send, or the server's own fault: lost or altered bytes are never handed out as the recorded ones. */
export function servedBytes(content: OpenedContent, what: string): Buffer {
  if (content.state === 'present') return content.bytes;
  const detail = content.state === 'altered'
    ? `The stored bytes of ${what} no longer match the SHA-256 its event records; GET /petitions/{id}/verify names them.`
    : `The bytes of ${what} are not stored.`;
  throw new ProblemException({ type: problemType(`content-${content.state}`), title: 'The stored file is not the recorded one', status: 500, detail });
}

/** `attachment`, with an ASCII fallback name and the real one for clients that read RFC 6266's filename*. */
export function contentDisposition(name: string, fallback: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${/[A-Za-z0-9]/.test(ascii) ? ascii : fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
