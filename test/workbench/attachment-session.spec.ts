import { samplePdf } from '../case-file/sample-files.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';
import { type SignedIn, userWithPassword } from './session-support.js';

/** The workbench uploads attachments with its session cookie and CSRF token, as every other write. */
describe('attachment upload with a workbench session', () => {
  let t: TestApp;
  let clerk: SignedIn;
  let auditor: SignedIn;
  let id: string;
  let letter: Buffer;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await userWithPassword(t, 'lisi', { name: '李科员', roles: ['clerk'] });
    auditor = await userWithPassword(t, 'wangjj', { name: '王纪检', roles: ['auditor'] });
    id = (await t.http.post('/petitions').set('Cookie', clerk.cookie).set('X-CSRF-Token', clerk.csrf).send(validPetition({ receivedAt: '2026-03-02' }))).body.id;
    letter = await samplePdf('Letter of petition, scanned');
  });
  afterAll(async () => t.close());

  const upload = (session: SignedIn, csrf: string | undefined) => {
    const request = t.http.post(`/petitions/${id}/attachments`).set('Cookie', session.cookie);
    if (csrf !== undefined) request.set('X-CSRF-Token', csrf);
    return request.field('kind', 'letter').attach('file', letter, { filename: '来信.pdf', contentType: 'application/pdf' });
  };

  it('takes a clerk’s upload with the session’s CSRF token, recording the clerk as its actor', async () => {
    const response = await upload(clerk, clerk.csrf);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ id, size: letter.length });
    const view = (await t.http.get(`/petitions/${id}`).set('Cookie', clerk.cookie)).body;
    expect(view.petition.caseFile.attachments).toEqual([expect.objectContaining({ kind: 'letter', name: '来信.pdf' })]);
    expect(view.steps.at(-1)).toMatchObject({ type: 'AttachmentAdded', actor: { name: '李科员', role: 'clerk' } });
  });

  it('refuses an upload without the CSRF token, or with a wrong one (403), reading and recording nothing', async () => {
    const before = await t.eventCount();
    for (const csrf of [undefined, 'not-the-token']) {
      const response = await upload(clerk, csrf);
      expect(response.status).toBe(403);
      expect(response.body.type).toBe('/problems/csrf-token-missing');
    }
    expect(await t.eventCount()).toBe(before);
  });

  it('refuses a session of a role that may not upload (403), reading and recording nothing', async () => {
    const before = await t.eventCount();
    const response = await upload(auditor, auditor.csrf);
    expect(response.status).toBe(403);
    expect(await t.eventCount()).toBe(before);
  });
});
