import type { Response } from 'supertest';
import { pdfText, withPdfTools } from '../support/pdf-tools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { caseDriver, type CaseDriver, OPINION } from './case-driver.js';

const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('case documents as PDF (headless Chromium)', () => {
  let t: TestApp;
  let cases: CaseDriver;
  let wholeCase: string;

  beforeAll(async () => {
    t = await startTestApp();
    cases = await caseDriver(t);
    wholeCase = await cases.wholeLifecycle();
  });
  afterAll(async () => t.close());

  const pdfOf = (id: string, kind: string, ask: { query?: Record<string, string>; accept?: string }) =>
    t.http.get(`/petitions/${id}/documents/${kind}`).query(ask.query ?? {}).set('Authorization', `Bearer ${cases.clerk}`).set('Accept', ask.accept ?? '*/*').buffer(true).parse(binary);

  withPdfTools('prints the handling opinion to a real PDF whose text is the Chinese of the document', async () => {
    const response = await pdfOf(wholeCase, 'handling-opinion', { query: { format: 'pdf' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^inline; filename="XF\d{8}-[0-9A-Z]+-handling-opinion\.pdf"; filename\*=UTF-8''/);
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const expected of ['信访事项处理意见书', '征地补偿款未足额发放', OPINION.facts, OPINION.legalBasis, '对你（们）的信访请求予以支持。', '2026年4月20日', '—1—', '草稿（预览，未印发，无文号）']) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
  });

  withPdfTools('answers Accept: application/pdf with a PDF, several at once from the one browser', async () => {
    const responses = await Promise.all(['hearing-record', 'mediation-agreement', 'final-review-opinion'].map((kind) => pdfOf(wholeCase, kind, { accept: 'application/pdf' })));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    const texts = await Promise.all(responses.map((response) => pdfText(response.body as Buffer)));
    expect(texts[0]).toContain('模拟法庭听证笔录');
    expect(texts[0]).toContain('张法官');
    expect(texts[1]).toContain('调解协议书');
    expect(texts[2]).toContain('本复核意见为终结意见');
  });

  it('refuses a PDF for a step the case has not reached, as problem+json', async () => {
    const registered = await cases.register();
    const response = await t.http.get(`/petitions/${registered.id}/documents/handling-opinion?format=pdf`).set('Authorization', `Bearer ${cases.clerk}`);
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ stage: 'registered', document: 'handling-opinion', requires: 'issue_opinion' });
  });
});

describe('case documents as PDF without Chromium', () => {
  let t: TestApp;
  let cases: CaseDriver;

  beforeAll(async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      t = await startTestApp();
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
    cases = await caseDriver(t);
  });
  afterAll(async () => t.close());

  it('answers 503 problem+json saying how to install it, and still serves the HTML', async () => {
    const { id } = await cases.register();
    await cases.step(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
    const pdf = await t.http.get(`/petitions/${id}/documents/acceptance-notice?format=pdf`).set('Authorization', `Bearer ${cases.clerk}`);
    expect(pdf.status).toBe(503);
    expect(pdf.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(pdf.body).toMatchObject({ status: 503, type: '/problems/pdf-unavailable', detail: expect.stringContaining('scripts/install-system-packages.sh') });
    expect(pdf.body.detail).toContain('/nonexistent/chromium');
    const page = await t.http.get(`/petitions/${id}/documents/acceptance-notice`).set('Authorization', `Bearer ${cases.clerk}`).set('Accept', 'text/html');
    expect(page.status).toBe(200);
  });
});
