import { useState } from 'react';
import { call, get, post, type Session } from '../api.js';
import { CommandForm, describeFailure, type FieldSpec } from '../form.js';
import { ROLE_LABELS } from '../labels.js';
import { Empty, Loading, Panel, TableBox, useLoad } from '../parts.js';

interface DirectoryUser {
  id: string;
  login: string;
  name: string;
  roles: string[];
  unit?: string;
  panel?: { displayName: string; mayChair: boolean };
  mustChangePassword: boolean;
  disabled: boolean;
}

const EDITABLE: readonly FieldSpec[] = [
  { name: 'name', label: '姓名', required: true },
  { name: 'roles', label: '角色', kind: 'multi', options: ROLE_LABELS },
  { name: 'unit', label: '单位代码（责任单位用户）' },
  { name: 'panelName', label: '合议庭署名（合议庭成员）' },
  { name: 'mayChair', label: '可担任听证主持人', kind: 'checkbox' },
];
const FIELDS: readonly FieldSpec[] = [{ name: 'login', label: '登录名', required: true, hint: '字母、数字、点、横线' }, ...EDITABLE];

/** The flat form's panel fields become the user's panel identity, for a panel member only. */
function userBody({ panelName, mayChair, ...body }: Record<string, unknown>): Record<string, unknown> {
  return { ...body, ...((body.roles as string[]).includes('panel') ? { panel: { displayName: panelName ?? body.name, mayChair } } : {}) };
}

/** 用户管理: create users, hand out one-time passwords, disable and enable. */
export function Users({ session }: { session: Session }) {
  const [users, reload] = useLoad(() => get<DirectoryUser[]>('/users'), 'users');
  const [issued, setIssued] = useState<{ login: string; password: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<DirectoryUser | null>(null);
  async function create(body: Record<string, unknown>) {
    const answer = await post<{ user: DirectoryUser; oneTimePassword: string }>('/users', userBody(body));
    setIssued({ login: answer.user.login, password: answer.oneTimePassword });
    reload();
  }
  async function update(user: DirectoryUser, body: Record<string, unknown>) {
    await call('PUT', `/users/${user.id}`, { body: userBody(body) });
    setEditing(null);
    reload();
  }
  async function act(user: DirectoryUser, action: 'disable' | 'enable' | 'password-reset') {
    setFailure(null);
    try {
      const answer = await post<{ oneTimePassword?: string }>(`/users/${user.id}/${action}`);
      if (answer.oneTimePassword) setIssued({ login: user.login, password: answer.oneTimePassword });
      reload();
    } catch (error) {
      setFailure(describeFailure(error));
    }
  }
  return (
    <div className="view" data-screen="users">
      {issued ? (
        <p className="status notice" role="status" data-testid="one-time-password">
          {issued.login} 的一次性密码：<code>{issued.password}</code>（仅显示这一次，请交给本人，首次登录时须修改）
        </p>
      ) : null}
      {editing ? (
        <Panel title={`编辑用户 ${editing.login}`} actions={<button type="button" className="quiet" onClick={() => setEditing(null)}>取消</button>}>
          <CommandForm
            key={editing.id}
            fields={EDITABLE}
            submitLabel="保存"
            onSubmit={(body) => update(editing, body)}
            initial={{ name: editing.name, roles: editing.roles, unit: editing.unit ?? '', panelName: editing.panel?.displayName ?? '', mayChair: editing.panel?.mayChair ?? false }}
            testId="edit-user"
          />
        </Panel>
      ) : null}
      <Panel title="新建用户">
        <CommandForm key={issued?.login ?? 'new'} fields={FIELDS} submitLabel="新建用户" onSubmit={create} initial={{ roles: [] }} testId="new-user" />
      </Panel>
      <Panel title="用户">
        {failure ? <p className="status error" role="alert">{failure}</p> : null}
        <Loading state={users}>
          {(list) => list.length === 0 ? <Empty /> : (
            <TableBox>
              <table>
                <thead><tr><th>登录名</th><th>姓名</th><th>角色</th><th>单位/署名</th><th>状态</th><th>操作</th></tr></thead>
                <tbody>
                  {list.map((user) => (
                    <tr key={user.id} data-login={user.login}>
                      <td>{user.login}</td>
                      <td>{user.name}</td>
                      <td>{user.roles.map((role) => ROLE_LABELS[role] ?? role).join('、')}</td>
                      <td>{user.unit ?? (user.panel ? `${user.panel.displayName}${user.panel.mayChair ? '（可主持）' : ''}` : '—')}</td>
                      <td>{user.disabled ? '已停用' : user.mustChangePassword ? '待修改密码' : '正常'}</td>
                      <td className="actions">
                        <button type="button" className="quiet" onClick={() => setEditing(user)}>编辑</button>
                        {user.id === session.id ? null : user.disabled
                          ? <button type="button" className="quiet" onClick={() => void act(user, 'enable')}>启用</button>
                          : <button type="button" className="quiet" onClick={() => void act(user, 'disable')}>停用</button>}
                        <button type="button" className="quiet" onClick={() => void act(user, 'password-reset')}>重置密码</button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          )}
        </Loading>
      </Panel>
    </div>
  );
}
