import { caseDriver, type CaseDriver } from '../documents/case-driver.js';
import { pdfPages, withPdfTools } from '../support/pdf-tools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { binary, SAMPLE_JPEG, samplePdf, samplePng } from './sample-files.js';

/** The end-to-end lifecycle case's file (卷宗) as one PDF, read back with pdftotext. */
describe('the case file as one PDF', () => {
  let t: TestApp;
  let cases: CaseDriver;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    cases = await caseDriver(t);
    id = await cases.wholeLifecycle();
  });
  afterAll(async () => t.close());

  const attach = async (kind: string, file: Buffer, name: string, type: string, addedOn: string) => {
    const response = await t.http.post(`/petitions/${id}/attachments`).set('Authorization', `Bearer ${cases.clerk}`).field('kind', kind).field('addedOn', addedOn)
      .attach('file', file, { filename: name, contentType: type });
    expect(response.status).toBe(201);
    return response.body.attachmentId as string;
  };
  const issue = async (kind: string, issuedOn: string) => {
    const response = await t.http.post(`/petitions/${id}/documents/${kind}/issue`).set('Authorization', `Bearer ${cases.clerk}`).send({ issuedOn });
    expect(response.status).toBe(201);
    return response.body.number as string;
  };
  const caseFile = async () => {
    const response = await t.http.get(`/petitions/${id}/case-file`).set('Authorization', `Bearer ${cases.clerk}`).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    return pdfPages(response.body as Buffer, { layout: true });
  };

  withPdfTools('has a cover, an index with each member’s pages, then every issued document and attachment in order', async () => {
    await attach('letter', await samplePdf('Letter of petition, two pages in one'), '王某某来信.pdf', 'application/pdf', '2026-03-02');
    await attach('evidence', SAMPLE_JPEG, '现场照片.jpg', 'image/jpeg', '2026-03-10');
    const opinion = await issue('handling-opinion', '2026-04-21');
    const proof = await attach('service_proof', samplePng(40, 20), '送达回证.png', 'image/png', '2026-04-22');
    const served = await t.http.post(`/petitions/${id}/documents/issued/${encodeURIComponent(opinion)}/service`).set('Authorization', `Bearer ${cases.clerk}`)
      .send({ method: 'post', servedOn: '2026-04-22', proofAttachmentId: proof });
    expect(served.status).toBe(200);
    const finalOpinion = await issue('final-review-opinion', '2026-07-02');

    const pages = await caseFile();
    const [cover, index] = pages;
    expect(cover).toContain('信访事项卷宗');
    expect(cover).toContain('征地补偿款未足额发放');
    expect(cover).toContain(`卷内文件：5件，共${pages.length}页`);
    expect(index).toContain('卷宗目录');
    const rows = [
      '1信访件（来信）王某某来信.pdf2026年3月2日3',
      '2证据材料现场照片.jpg2026年3月10日4',
      `3信访事项处理意见书${opinion}2026年4月21日5–62026年4月22日邮寄送达`,
      '4送达回证送达回证.png2026年4月22日7',
      `5信访事项复核意见书${finalOpinion}2026年7月2日8–9`,
    ];
    for (const row of rows) expect(index).toContain(row);
    expect(pages[2]).toContain('Letterofpetition');
    expect(pages[4]).toContain(opinion);
    expect(pages[4]).toContain('信访事项处理意见书');
    expect(pages).toHaveLength(9);
    expect(pages.at(-1)).toContain('本复核意见为终结意见');
  });

  withPdfTools('after erasure lists the shredded members as erased and leaves their pages out', async () => {
    const before = await caseFile();
    const admin = await t.token('admin', { sub: 'admin-1' });
    expect((await t.http.post(`/petitions/${id}/personal-data/erasure`).set('Authorization', `Bearer ${admin}`).send({ legalBasis: '当事人申请删除' })).status).toBe(200);
    const after = await caseFile();
    expect(after[1]).toContain('已依法删除');
    expect(after[1]).not.toContain('王某某来信.pdf');
    expect(after.length).toBeLessThan(before.length);
    expect(after.join('')).not.toContain('Letterofpetition');
  });
});
