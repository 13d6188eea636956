import { useEffect, useState } from 'react';

export type View = 'backlog' | 'deadlines' | 'measures' | 'case';

export interface Route {
  readonly view: View;
  /** The case shown in the timeline view. */
  readonly caseId?: string;
  readonly asOf?: string;
}

const VIEWS: readonly View[] = ['backlog', 'deadlines', 'measures', 'case'];

/** `#/backlog?asOf=2026-04-01`, `#/case/<id>`: a link names the view, the case and the date. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, caseId] = path.split('/');
  const asOf = new URLSearchParams(query).get('asOf') ?? undefined;
  return {
    view: VIEWS.includes(view as View) ? (view as View) : 'backlog',
    ...(caseId ? { caseId: decodeURIComponent(caseId) } : {}),
    ...(asOf ? { asOf } : {}),
  };
}

export function hrefOf(route: Route): string {
  const path = route.caseId ? `${route.view}/${encodeURIComponent(route.caseId)}` : route.view;
  return `#/${path}${route.asOf ? `?asOf=${route.asOf}` : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
