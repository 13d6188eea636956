import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { IssuedDocumentRecorder } from '../../apps/api/src/case-file/issued-document-recorder.js';
import { caseDriver, type CaseDriver, OPINION } from '../documents/case-driver.js';
import { pdfText, withPdfTools } from '../support/pdf-tools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { binary, samplePdf } from './sample-files.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const ISSUED_ON = '2026-04-21';
/** The losers of each round print their document again with the next number: up to ten printings on a busy machine. */
const RACE_TIMEOUT_MILLIS = 180_000;

/** Issued documents (印发): numbers gap-free per kind and year under concurrency and crashes, the PDF kept byte for byte, and service (送达). */
describe('issued and served documents', () => {
  let t: TestApp;
  let cases: CaseDriver;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    cases = await caseDriver(t);
    auditor = await t.token('auditor', { sub: 'auditor-1' });
  });
  afterAll(async () => t.close());

  /** Registered 2026-03-02, accepted 2026-03-05, the handling opinion served 2026-04-20. */
  async function opinionServed(): Promise<string> {
    const { id } = await cases.register();
    await cases.step(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
    await cases.step(`/petitions/${id}/opinion`, OPINION);
    return id;
  }
  const issue = (id: string, kind: string, body: Record<string, unknown> = { issuedOn: ISSUED_ON }) =>
    t.http.post(`/petitions/${id}/documents/${kind}/issue`).set('Authorization', `Bearer ${cases.clerk}`).send(body);
  const issued = (id: string, label: string) =>
    t.http.get(`/petitions/${id}/documents/issued/${encodeURIComponent(label)}`).set('Authorization', `Bearer ${auditor}`).buffer(true).parse(binary);
  /** Every DocumentIssued of a kind in every case's stream: the numbers the cases hold. */
  const numbersInCases = async (kind: string) =>
    (await t.sql.query<{ seq: number }>(`SELECT (data->'number'->>'seq')::int AS seq FROM event_store.events WHERE type = 'DocumentIssued' AND data->>'kind' = $1 ORDER BY 1`, [kind])).rows.map((row) => row.seq);

  withPdfTools('numbers the document, keeps the PDF and serves the same bytes later; the preview stays a draft', async () => {
    const id = await opinionServed();
    const response = await issue(id, 'handling-opinion');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ id, kind: 'handling-opinion', number: '信处字〔2026〕1号', year: 2026, seq: 1, issuedOn: ISSUED_ON, version: 4 });
    expect(response.headers.etag).toBe('"4"');

    const first = await issued(id, response.body.number);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(sha256(first.body as Buffer)).toBe(response.body.sha256);
    const again = await issued(id, response.body.number);
    expect(Buffer.compare(again.body as Buffer, first.body as Buffer)).toBe(0);
    const text = await pdfText(first.body as Buffer);
    expect(text).toContain('信处字〔2026〕1号');
    expect(text).toContain('信访事项处理意见书');
    expect(text).not.toContain('草稿');

    const preview = await t.http.get(`/petitions/${id}/documents/handling-opinion`).set('Authorization', `Bearer ${cases.clerk}`).set('Accept', 'text/html');
    expect(preview.text).toContain('草稿（预览，未印发，无文号）');
    expect(preview.text).not.toContain('信处字');

    const history = (await t.http.get(`/petitions/${id}/history`).set('Authorization', `Bearer ${auditor}`)).body.events;
    expect(history.at(-1)).toMatchObject({ type: 'DocumentIssued', actor: { id: 'clerk-1' }, data: { kind: 'handling-opinion', number: { label: '信处字〔2026〕1号' }, sha256: response.body.sha256, caseVersion: 3 } });
    const log = (await t.http.get(`/audit/access-log?petitionId=${id}`).set('Authorization', `Bearer ${auditor}`)).body.records;
    expect(log.filter((record: { what: string }) => record.what === 'issued-document')).toEqual([
      expect.objectContaining({ detail: { number: '信处字〔2026〕1号', kind: 'handling-opinion', outcome: 'present' } }),
      expect.objectContaining({ detail: { number: '信处字〔2026〕1号', kind: 'handling-opinion', outcome: 'present' } }),
    ]);
  });

  it('refuses with 409 a document whose step the case has not recorded, taking no number', async () => {
    const { id } = await cases.register();
    const events = await t.eventCount();
    const refused = await issue(id, 'acceptance-notice', {});
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: '/problems/document-not-available', stage: 'registered', document: 'acceptance-notice', requires: 'accept' });
    expect(await t.eventCount()).toBe(events);
    expect((await issue(id, 'no-such-document', {})).status).toBe(404);
  });

  withPdfTools('gives clerks issuing at once distinct consecutive numbers', async () => {
    const ids = await Promise.all([0, 1, 2, 3].map(async () => {
      const { id } = await cases.register();
      await cases.step(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
      return id;
    }));
    const clerks = await Promise.all(ids.map((_, i) => t.token('clerk', { sub: `clerk-${i + 10}` })));
    const responses = await Promise.all(ids.map((id, i) =>
      t.http.post(`/petitions/${id}/documents/acceptance-notice/issue`).set('Authorization', `Bearer ${clerks[i]}`).send({ issuedOn: '2026-03-06' })));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201]);
    expect(responses.map((response) => response.body.seq).sort()).toEqual([1, 2, 3, 4]);
    expect(new Set(responses.map((response) => response.body.number)).size).toBe(4);
    expect(await numbersInCases('acceptance-notice')).toEqual([1, 2, 3, 4]);
  }, RACE_TIMEOUT_MILLIS);

  withPdfTools('records a number whose issuer stopped before its case had it, before the next is taken: no gap, no repeat', async () => {
    const crashed = await opinionServed();
    const next = await opinionServed();
    const recorder = t.app.get(IssuedDocumentRecorder);
    const recordInCase = recorder.record.bind(recorder);
    let stopped = false;
    const record = jest.spyOn(recorder, 'record').mockImplementation(async (entry, by) => {
      if (entry.taken.petitionId !== crashed || stopped) return recordInCase(entry, by);
      stopped = true;
      throw new Error('the issuer stopped after taking its number');
    });
    try {
      expect((await issue(crashed, 'review-opinion')).status).toBe(409);
      const failed = await issue(crashed, 'handling-opinion');
      expect(failed.status).toBe(500);
    } finally {
      record.mockRestore();
    }
    const before = await numbersInCases('handling-opinion');
    const taken = Math.max(0, ...before) + 1;
    const view = async (id: string) => (await t.http.get(`/petitions/${id}`).set('Authorization', `Bearer ${cases.clerk}`)).body.petition;
    expect((await view(crashed)).caseFile).toBeUndefined();

    const response = await issue(next, 'handling-opinion');
    expect(response.status).toBe(201);
    expect(response.body.seq).toBe(taken + 1);
    expect((await view(crashed)).caseFile.documents).toEqual([expect.objectContaining({ number: expect.objectContaining({ seq: taken }) })]);
    const numbers = await numbersInCases('handling-opinion');
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    const history = (await t.http.get(`/petitions/${crashed}/history`).set('Authorization', `Bearer ${auditor}`)).body.events;
    expect(history.at(-1)).toMatchObject({ type: 'DocumentIssued', actor: { id: 'clerk-1' } });
  });

  withPdfTools('records service with its proof, after the issue only, and runs the review window from the served-on date', async () => {
    const id = await opinionServed();
    const proof = await t.http.post(`/petitions/${id}/attachments`).set('Authorization', `Bearer ${cases.clerk}`).field('kind', 'service_proof')
      .attach('file', await samplePdf('Proof of service'), { filename: '送达回证.pdf', contentType: 'application/pdf' });
    const serve = (label: string, body: Record<string, unknown>) =>
      t.http.post(`/petitions/${id}/documents/issued/${encodeURIComponent(label)}/service`).set('Authorization', `Bearer ${cases.clerk}`).send(body);
    const early = await serve('信处字〔2026〕99号', { method: 'post', servedOn: '2026-04-25', proofAttachmentId: proof.body.attachmentId });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'number' })]);

    const { body: document } = await issue(id, 'handling-opinion');
    const served = await serve(document.number, { method: 'post', servedOn: '2026-04-25', proofAttachmentId: proof.body.attachmentId });
    expect(served.status).toBe(200);
    expect((await serve(document.number, { method: 'post', servedOn: '2026-04-26', proofAttachmentId: proof.body.attachmentId })).status).toBe(409);
    const clocks = await t.http.get('/deadlines').query({ clock: 'review_window', minPosition: served.body.position }).set('Authorization', `Bearer ${cases.clerk}`);
    expect(clocks.body.items.find((item: { petitionId: string }) => item.petitionId === id)).toMatchObject({ startedOn: '2026-04-25', deadline: '2026-05-25' });

    // 2026-05-22 is 32 days after the opinion's own date, 27 after its service.
    await cases.step(`/petitions/${id}/review`, { requestedBy: '王某某', reasons: '不服处理意见', requestedOn: '2026-05-22' });
  });
});
