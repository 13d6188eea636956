import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { describeFailure } from './form.js';

export type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'failed'; readonly error: unknown } | { readonly status: 'ready'; readonly data: T };

/** Loads once per change of `key`, and again on `reload()`; an answer that arrives too late is dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // `load` is rebuilt on every render; `key` and `round` say when it asks again.
  }, [key, round]);
  return [state, useCallback(() => setRound((value) => value + 1), [])];
}

export function Loading<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <p className="status">正在加载…</p>;
  if (state.status === 'failed') return <p className="status error" role="alert">加载失败：{describeFailure(state.error)}</p>;
  return <>{children(state.data)}</>;
}

export function Panel({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="panel">
      <header className="panel-head">
        <h2>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

export function Empty() {
  return <p className="empty">暂无数据</p>;
}

/** A wide table scrolls inside its own box on a narrow screen instead of widening the page. */
export function TableBox({ children }: { children: ReactNode }) {
  return <div className="table-box">{children}</div>;
}
