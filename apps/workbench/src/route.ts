import { useEffect, useState } from 'react';

export type Screen = 'cases' | 'intake' | 'case' | 'deadlines' | 'hearings' | 'inbox' | 'users';
const SCREENS: readonly Screen[] = ['cases', 'intake', 'case', 'deadlines', 'hearings', 'inbox', 'users'];

export interface Route {
  readonly screen: Screen | undefined;
  readonly id?: string;
}

/** `#/cases`, `#/case/<id>`: a link names the screen and the case. */
export function parseRoute(hash: string): Route {
  const [screen, id] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  return { screen: SCREENS.includes(screen as Screen) ? (screen as Screen) : undefined, ...(id ? { id: decodeURIComponent(id) } : {}) };
}

export function hrefOf(screen: Screen, id?: string): string {
  return `#/${screen}${id ? `/${encodeURIComponent(id)}` : ''}`;
}

export function go(screen: Screen, id?: string): void {
  window.location.hash = hrefOf(screen, id);
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
