import { useEffect, useState } from 'react';
import { forgetToken, getJson, savedToken } from './api.js';
import { isDate, todayInShanghai } from './dates.js';
import { hrefOf, type Route, useRoute, type View } from './route.js';
import { TokenGate } from './token-gate.js';
import { BacklogView } from './views/backlog-view.js';
import { CaseView } from './views/case-view.js';
import { DeadlinesView } from './views/deadlines-view.js';
import { SupervisionView } from './views/supervision-view.js';
import { MeasuresView } from './views/measures-view.js';
import { ProgrammeView } from './views/programme-view.js';

const READERS = ['clerk', 'auditor', 'admin'];

const TABS: readonly { view: View; label: string }[] = [
  { view: 'backlog', label: '积案态势' },
  { view: 'deadlines', label: '临期超期' },
  { view: 'supervision', label: '督查督办' },
  { view: 'measures', label: '考核指标' },
  { view: 'programme', label: '积案化解台账' },
  { view: 'case', label: '案件时间线' },
];

export function App() {
  const route = useRoute();
  const [signedIn, setSignedIn] = useState(() => savedToken() !== null);
  // Someone signed in to the workbench needs no token here: the session cookie reads the figures.
  useEffect(() => {
    if (signedIn) return;
    getJson<{ roles: string[] }>('/auth/session').then((session) => session.roles.some((role) => READERS.includes(role)) && setSignedIn(true), () => undefined);
  }, []);
  const today = todayInShanghai();
  const asOf = route.asOf && isDate(route.asOf) && route.asOf <= today ? route.asOf : today;
  const go = (next: Partial<Route>) => {
    window.location.hash = hrefOf({ ...route, ...next, asOf: next.asOf ?? route.asOf });
  };

  return (
    <div className="app">
      <header>
        <h1>信访工作领导研判调度</h1>
        {signedIn ? (
          <div className="toolbar">
            <label>
              基准日期
              <input type="date" value={asOf} max={today} onChange={(event) => isDate(event.target.value) && go({ asOf: event.target.value })} />
            </label>
            <button type="button" className="quiet" onClick={() => { forgetToken(); setSignedIn(false); }}>退出</button>
          </div>
        ) : null}
      </header>
      {signedIn ? (
        <>
          <nav>
            {TABS.map((tab) => (
              <a key={tab.view} href={hrefOf({ view: tab.view, ...(route.asOf ? { asOf: route.asOf } : {}) })} className={tab.view === route.view ? 'active' : undefined} aria-current={tab.view === route.view ? 'page' : undefined}>
                {tab.label}
              </a>
            ))}
          </nav>
          <main>
            {route.view === 'backlog' ? <BacklogView asOf={asOf} /> : null}
            {route.view === 'deadlines' ? <DeadlinesView asOf={asOf} /> : null}
            {route.view === 'supervision' ? <SupervisionView asOf={asOf} /> : null}
            {route.view === 'measures' ? <MeasuresView asOf={asOf} /> : null}
            {route.view === 'programme' ? <ProgrammeView asOf={asOf} programmeId={route.programmeId} onChoose={(programmeId) => go({ programmeId })} /> : null}
            {route.view === 'case' ? <CaseView asOf={asOf} caseId={route.caseId} /> : null}
          </main>
        </>
      ) : (
        <main>
          <TokenGate onAccepted={() => setSignedIn(true)} />
        </main>
      )}
    </div>
  );
}
