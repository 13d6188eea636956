import { useEffect, useState } from 'react';

export type View = 'backlog' | 'deadlines' | 'supervision' | 'measures' | 'programme' | 'case';

export interface Route {
  readonly view: View;
  /** The case shown in the timeline view. */
  readonly caseId?: string;
  /** The programme whose ledger is shown (the newest when absent). */
  readonly programmeId?: string;
  readonly asOf?: string;
}

const VIEWS: readonly View[] = ['backlog', 'deadlines', 'supervision', 'measures', 'programme', 'case'];

/** `#/backlog?asOf=2026-04-01`, `#/case/<id>`, `#/programme/<id>`: a link names the view, the case or programme and the date. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, id] = path.split('/');
  const asOf = new URLSearchParams(query).get('asOf') ?? undefined;
  const known = VIEWS.includes(view as View) ? (view as View) : 'backlog';
  return {
    view: known,
    ...(id ? { [known === 'programme' ? 'programmeId' : 'caseId']: decodeURIComponent(id) } : {}),
    ...(asOf ? { asOf } : {}),
  };
}

export function hrefOf(route: Route): string {
  const id = route.view === 'programme' ? route.programmeId : route.caseId;
  const path = id ? `${route.view}/${encodeURIComponent(id)}` : route.view;
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
