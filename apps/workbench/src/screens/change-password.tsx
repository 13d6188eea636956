import { type FormEvent, useState } from 'react';
import { post } from '../api.js';
import { describeFailure } from '../form.js';

const MIN_LENGTH = 10;

/** After a one-time password: the user chooses their own before anything else opens. */
export function ChangePassword({ onChanged }: { onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (next.length < MIN_LENGTH) return setError(`新密码至少 ${MIN_LENGTH} 个字符。`);
    if (next !== again) return setError('两次输入的新密码不一致。');
    try {
      await post('/auth/password', { currentPassword: current, newPassword: next });
      onChanged();
    } catch (failure) {
      setError(describeFailure(failure));
    }
  }
  return (
    <main className="narrow">
      <section className="panel sign-in">
        <h2>设置新密码</h2>
        <p className="note">您正在使用管理员发放的一次性密码，请先设置自己的密码。</p>
        <form className="command-form" onSubmit={(event) => void submit(event)}>
          <div className="field"><label htmlFor="current">当前密码</label><input id="current" type="password" autoComplete="current-password" value={current} required onChange={(event) => setCurrent(event.target.value)} /></div>
          <div className="field"><label htmlFor="next">新密码</label><input id="next" type="password" autoComplete="new-password" value={next} required onChange={(event) => setNext(event.target.value)} /></div>
          <div className="field"><label htmlFor="again">再次输入新密码</label><input id="again" type="password" autoComplete="new-password" value={again} required onChange={(event) => setAgain(event.target.value)} /></div>
          {error ? <p className="status error" role="alert">{error}</p> : null}
          <button type="submit">保存新密码</button>
        </form>
      </section>
    </main>
  );
}
