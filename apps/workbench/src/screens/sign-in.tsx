import { type FormEvent, useState } from 'react';
import { ApiError, get, post, type Session } from '../api.js';
import { Loading, useLoad } from '../parts.js';

/** 登录: the directory's login name and password, or the bureau's single sign-on when it is set up. */
export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [options] = useLoad(() => get<{ password: boolean; oidc: boolean }>('/auth/options'), 'options');
  return (
    <main className="narrow">
      <section className="panel sign-in">
        <h2>登录</h2>
        <Loading state={options}>
          {(ways) => (
            <>
              {ways.password ? <PasswordSignIn onSignedIn={onSignedIn} /> : null}
              {ways.oidc ? <a className="button" href="/auth/oidc/login">统一身份认证登录</a> : null}
            </>
          )}
        </Loading>
      </section>
    </main>
  );
}

function PasswordSignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await post<Session>('/auth/sign-in', { login, password }));
    } catch (failure) {
      setPassword('');
      const status = failure instanceof ApiError ? failure.status : 0;
      const retry = failure instanceof ApiError ? Number(failure.problem['retryAfterSeconds' as keyof typeof failure.problem]) : NaN;
      setError(status === 401 ? '登录名或密码错误。' : status === 429 ? `登录失败次数过多，该登录名已暂时锁定，请 ${Math.ceil((retry || 60) / 60)} 分钟后再试。` : '暂时无法登录，请稍后再试。');
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="command-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor="login">登录名</label>
        <input id="login" autoComplete="username" value={login} required onChange={(event) => setLogin(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="password">密码</label>
        <input id="password" type="password" autoComplete="current-password" value={password} required onChange={(event) => setPassword(event.target.value)} />
      </div>
      {error ? <p className="status error" role="alert">{error}</p> : null}
      <button type="submit" disabled={busy}>{busy ? '正在登录…' : '登录'}</button>
    </form>
  );
}
