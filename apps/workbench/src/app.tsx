import { type ReactNode, useEffect, useState } from 'react';
import { call, get, rememberSession, type Session } from './api.js';
import { ROLE_LABELS } from './labels.js';
import { hrefOf, type Screen, useRoute } from './route.js';
import { CasePage } from './screens/case-page.js';
import { CaseList } from './screens/case-list.js';
import { ChangePassword } from './screens/change-password.js';
import { Deadlines } from './screens/deadlines.js';
import { Intake } from './screens/intake.js';
import { MyCases } from './screens/my-cases.js';
import { MyHearings } from './screens/my-hearings.js';
import { OverdueReport } from './screens/overdue-report.js';
import { SignIn } from './screens/sign-in.js';
import { Supervisions } from './screens/supervisions.js';
import { UnitInbox } from './screens/unit-inbox.js';
import { Users } from './screens/users.js';

const has = (session: Session, ...roles: string[]) => roles.some((role) => session.roles.includes(role));

/** The screens a user's roles open, in the order of the menu. */
function screensFor(session: Session): { screen: Screen; label: string }[] {
  return [
    ...(has(session, 'clerk', 'admin', 'auditor') ? [{ screen: 'cases' as const, label: '案件查询' }] : []),
    ...(has(session, 'clerk', 'admin') ? [{ screen: 'intake' as const, label: '登记' }] : []),
    ...(has(session, 'clerk', 'admin', 'auditor') ? [{ screen: 'deadlines' as const, label: '期限预警' }] : []),
    ...(has(session, 'clerk', 'admin', 'auditor') ? [{ screen: 'supervision' as const, label: '督查督办' }, { screen: 'overdue' as const, label: '逾期通报' }] : []),
    ...(has(session, 'panel') ? [{ screen: 'hearings' as const, label: '我的听证' }] : []),
    ...(has(session, 'unit') ? [{ screen: 'inbox' as const, label: '本单位案件' }] : []),
    ...(has(session, 'leader') ? [{ screen: 'mycases' as const, label: '我的包案' }] : []),
    ...(has(session, 'admin') ? [{ screen: 'users' as const, label: '用户管理' }] : []),
  ];
}

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const route = useRoute();
  const signedIn = (next: Session | null) => {
    rememberSession(next ?? undefined);
    setSession(next);
  };
  useEffect(() => {
    get<Session>('/auth/session').then(signedIn, () => signedIn(null));
  }, []);

  if (session === undefined) return <p className="status">正在加载…</p>;
  if (session === null) return <Shell><SignIn onSignedIn={signedIn} /></Shell>;
  if (session.mustChangePassword) return <Shell session={session} onSignOut={() => signedIn(null)}><ChangePassword onChanged={() => get<Session>('/auth/session').then(signedIn)} /></Shell>;

  const screens = screensFor(session);
  const screen = route.screen && (screens.some((entry) => entry.screen === route.screen) || route.screen === 'case') ? route.screen : screens[0]?.screen;
  return (
    <Shell session={session} onSignOut={() => signedIn(null)}>
      <nav className="menu">
        {screens.map((entry) => (
          <a key={entry.screen} href={hrefOf(entry.screen)} className={entry.screen === screen ? 'active' : undefined} aria-current={entry.screen === screen ? 'page' : undefined}>{entry.label}</a>
        ))}
        {has(session, 'clerk', 'admin', 'auditor') ? <a href="/dashboard/">领导研判</a> : null}
      </nav>
      <main>
        {screen === 'cases' ? <CaseList /> : null}
        {screen === 'intake' ? <Intake /> : null}
        {screen === 'case' && route.id ? <CasePage key={route.id} id={route.id} session={session} {...(route.params ? { params: route.params } : {})} /> : null}
        {screen === 'deadlines' ? <Deadlines /> : null}
        {screen === 'supervision' ? <Supervisions session={session} /> : null}
        {screen === 'overdue' ? <OverdueReport /> : null}
        {screen === 'hearings' ? <MyHearings /> : null}
        {screen === 'mycases' ? <MyCases /> : null}
        {screen === 'inbox' ? <UnitInbox session={session} /> : null}
        {screen === 'users' ? <Users session={session} /> : null}
        {!screen ? <p className="status">当前账号没有可用的功能，请联系管理员分配角色。</p> : null}
      </main>
    </Shell>
  );
}

function Shell({ session, onSignOut, children }: { session?: Session; onSignOut?: () => void; children: ReactNode }) {
  async function signOut() {
    await call('POST', '/auth/sign-out').catch(() => undefined);
    onSignOut?.();
  }
  return (
    <div className="app">
      <header className="top">
        <h1>信访工作台</h1>
        {session ? (
          <div className="who">
            <span data-testid="signed-in-as">{session.name}（{session.roles.map((role) => ROLE_LABELS[role] ?? role).join('、')}）</span>
            <button type="button" className="quiet" onClick={() => void signOut()}>退出</button>
          </div>
        ) : null}
      </header>
      {children}
    </div>
  );
}
