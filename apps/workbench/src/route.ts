import { useEffect, useState } from 'react';

export type Screen = 'cases' | 'intake' | 'case' | 'deadlines' | 'supervision' | 'overdue' | 'hearings' | 'inbox' | 'mycases' | 'users';
const SCREENS: readonly Screen[] = ['cases', 'intake', 'case', 'deadlines', 'supervision', 'overdue', 'hearings', 'inbox', 'mycases', 'users'];

export interface Route {
  readonly screen: Screen | undefined;
  readonly id?: string;
  /** What follows `?`: a form to open prefilled, say (`#/case/<id>?supervise=unit_report&unit=town-01`). */
  readonly params?: Readonly<Record<string, string>>;
}

/** `#/cases`, `#/case/<id>`: a link names the screen and the case. */
export function parseRoute(hash: string): Route {
  const [path, query] = hash.replace(/^#\/?/, '').split('?');
  const [screen, id] = path!.split('/');
  const params = query ? Object.fromEntries(new URLSearchParams(query)) : undefined;
  return { screen: SCREENS.includes(screen as Screen) ? (screen as Screen) : undefined, ...(id ? { id: decodeURIComponent(id) } : {}), ...(params ? { params } : {}) };
}

export function hrefOf(screen: Screen, id?: string, params?: Record<string, string>): string {
  const query = params ? `?${new URLSearchParams(params).toString()}` : '';
  return `#/${screen}${id ? `/${encodeURIComponent(id)}` : ''}${query}`;
}

export function go(screen: Screen, id?: string, params?: Record<string, string>): void {
  window.location.hash = hrefOf(screen, id, params);
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
