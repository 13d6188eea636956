import type { IncomingMessage } from 'node:http';

/** The route template a request matched (`/petitions/:id`), never its raw URL: no ids, no query. */
export function routeOf(req: IncomingMessage): string {
  const { route, baseUrl } = req as IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };
  return typeof route?.path === 'string' ? `${baseUrl ?? ''}${route.path}` : '(unmatched)';
}
