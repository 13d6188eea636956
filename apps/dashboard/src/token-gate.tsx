import { type FormEvent, useState } from 'react';
import { ApiError, getJson, saveToken } from './api.js';
import { todayInShanghai } from './dates.js';

/** The page holds no data: it asks for a token and checks it against a read the dashboard needs. */
export function TokenGate({ onAccepted }: { onAccepted: () => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = token.trim().replace(/^Bearer\s+/i, '');
    if (!candidate) return;
    setChecking(true);
    setError(null);
    try {
      await getJson('/backlog', { asOf: todayInShanghai() }, candidate);
      saveToken(candidate);
      onAccepted();
    } catch (failure) {
      const status = failure instanceof ApiError ? failure.status : 0;
      setError(status === 401 ? '令牌无效或已过期。' : status === 403 ? '该令牌的角色无权查看研判数据（需工作人员、纪检监督或管理员）。' : '暂时无法连接服务，请稍后再试。');
    } finally {
      setChecking(false);
    }
  }

  return (
    <form className="token-gate" onSubmit={(event) => void submit(event)}>
      <h2>请输入访问令牌</h2>
      <p className="note">数据仅对工作人员（clerk）、纪检监督（auditor）和管理员（admin）开放。令牌只保存在本标签页中，关闭即清除。开发环境可用 <code>npm run token -- clerk</code> 获取。</p>
      <label htmlFor="token">访问令牌</label>
      <textarea id="token" name="token" rows={4} value={token} onChange={(event) => setToken(event.target.value)} placeholder="eyJhbGciOi…" autoComplete="off" spellCheck={false} />
      {error ? <p className="status error" role="alert">{error}</p> : null}
      <button type="submit" disabled={checking}>{checking ? '正在验证…' : '进入'}</button>
    </form>
  );
}
