/** The API as the dashboard reads it: same origin, the bearer token the user pasted or else the workbench's session cookie, JSON back. */

const TOKEN_KEY = 'xinfang.dashboard.token';

export function savedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, query: Record<string, string | undefined> = {}, token = savedToken()): Promise<T> {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
  const response = await fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': 'zh-CN', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string };
    throw new ApiError(response.status, problem.detail ?? response.statusText);
  }
  return (await response.json()) as T;
}

// The read models' answers, typed once by the API's handlers.
export { MEASURES } from '../../api/src/read-models/cases/queries/read-model.responses';
export type { Backlog, BacklogCell, DeadlineItem, DeadlinePage, Measure, Measures, Ratio, Stats } from '../../api/src/read-models/cases/queries/read-model.responses';
export type { LedgerCounts, ProgrammeLedger, ProgrammeList, ProgrammeSummary } from '../../api/src/read-models/programmes/ledger.types';
export type { ProposalPage, SupervisionItem, SupervisionPage } from '../../api/src/read-models/supervisions/supervision-register.types';

/** A file the API answers (an Excel export), saved under the name given. */
export async function download(path: string, query: Record<string, string>, fileName: string, token = savedToken()): Promise<void> {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const response = await fetch(url, { headers: { 'Accept-Language': 'zh-CN', Authorization: `Bearer ${token ?? ''}` } });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

export interface PetitionListItem {
  petitionId: string;
  receiptNumber: string;
  stage: string;
  category: string;
  subject: string;
  receivedOn: string;
  responsibleUnit: string;
  handlingUnit: string | null;
}

export interface PetitionPage {
  items: PetitionListItem[];
  nextCursor: string | null;
}

export interface CaseStep {
  version: number;
  type: string;
  businessDate?: string;
  recordedAt: string;
  actor: { id: string; name: string; role: string };
}

/** The parts of GET /petitions/{id} the dashboard shows: never ID numbers, phones or addresses. */
export interface PetitionCase {
  id: string;
  version: number;
  stage: string;
  petition: {
    receiptNumber: string;
    petitioners: { name: string }[];
    subject: string;
    category: string;
    responsibleUnit: string;
    receivedAt: string;
    backlogKinds: string[];
    acceptance?: { decision: string; handlingUnit?: string };
  };
  steps: CaseStep[];
}

/** Every page of a cursor-paged list, up to a bound, so a screen never asks without end. */
export async function allPages<T extends { nextCursor: string | null }, I>(fetchPage: (cursor: string | undefined) => Promise<T>, itemsOf: (page: T) => I[], maxPages = 10): Promise<I[]> {
  const items: I[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const answer = await fetchPage(cursor);
    items.push(...itemsOf(answer));
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return items;
}
