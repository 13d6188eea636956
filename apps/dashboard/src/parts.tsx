import type { ReactNode } from 'react';
import type { Loaded } from './use-load.js';

export function Panel({ title, children, note }: { title: string; children: ReactNode; note?: string }) {
  return (
    <section className="panel">
      <h2>{title}</h2>
      {note ? <p className="note">{note}</p> : null}
      {children}
    </section>
  );
}

export function Figure({ label, value, tone = 'plain', testId }: { label: string; value: string | number; tone?: 'plain' | 'alert' | 'warn' | 'good'; testId?: string }) {
  return (
    <div className={`figure ${tone}`} data-testid={testId}>
      <div className="figure-value">{value}</div>
      <div className="figure-label">{label}</div>
    </div>
  );
}

/** Loading and failure look the same on every view; a 401 or 403 says what to do about the token. */
export function Loading<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <p className="status">正在加载…</p>;
  if (state.status === 'failed') {
    const hint = state.httpStatus === 401 ? '访问令牌无效或已过期，请退出后重新输入。' : state.httpStatus === 403 ? '当前令牌的角色无权查看此页（需工作人员、纪检监督或管理员）。' : state.message;
    return <p className="status error" role="alert">加载失败：{hint}</p>;
  }
  return <>{children(state.data)}</>;
}
