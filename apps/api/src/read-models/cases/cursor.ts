import { validationProblem } from '../../http/problem.js';

/** An opaque page cursor: the sort key and id of the last row of the previous page. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === arity && parts.every((part) => typeof part === 'string' || typeof part === 'number')) return parts;
  } catch {
    // fall through to the problem below
  }
  throw validationProblem([{ field: 'cursor', code: 'format', message: 'cursor must be a nextCursor this API returned' }]);
}
