import { createHash } from 'node:crypto';
import { caseDriver, type CaseDriver } from '../documents/case-driver.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { binary, SAMPLE_JPEG, samplePdf, samplePng } from './sample-files.js';

const LIMIT = 16 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Attachments (DOMAIN.md "The case file"): upload, the checks that refuse a file, storage once per content, download, erasure. */
describe('case-file attachments', () => {
  let t: TestApp;
  let cases: CaseDriver;
  let auditor: string;
  let letter: Buffer;

  beforeAll(async () => {
    t = await startTestApp({ attachmentLimitBytes: LIMIT });
    cases = await caseDriver(t);
    auditor = await t.token('auditor', { sub: 'auditor-1', name: '纪检王' });
    letter = await samplePdf('Letter of petition, scanned');
  });
  afterAll(async () => t.close());

  const upload = (id: string, kind: string, file: Buffer, name: string, type: string, token = cases.clerk) =>
    t.http.post(`/petitions/${id}/attachments`).set('Authorization', `Bearer ${token}`).field('kind', kind).attach('file', file, { filename: name, contentType: type });
  const download = (id: string, attachmentId: string, token = cases.clerk) =>
    t.http.get(`/petitions/${id}/attachments/${attachmentId}`).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary);
  const storedRows = async () => Number((await t.sql.query<{ count: string }>('SELECT count(*) FROM case_file_contents')).rows[0]!.count);

  it('keeps a scanned letter outside the log, records its kind, name, size, type and hash, and serves the same bytes', async () => {
    const { id } = await cases.register();
    const response = await upload(id, 'letter', letter, '王某某来信.pdf', 'application/pdf');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ id, version: 2, stage: 'registered', sha256: sha256(letter), size: letter.length, sealed: true });
    expect(response.headers.location).toBe(`/petitions/${id}/attachments/${response.body.attachmentId}`);

    const view = (await t.http.get(`/petitions/${id}`).set('Authorization', `Bearer ${cases.clerk}`)).body;
    expect(view.petition.caseFile.attachments).toEqual([
      expect.objectContaining({ attachmentId: response.body.attachmentId, kind: 'letter', name: '王某某来信.pdf', mediaType: 'application/pdf', size: letter.length, sha256: sha256(letter) }),
    ]);
    const history = (await t.http.get(`/petitions/${id}/history?form=stored`).set('Authorization', `Bearer ${auditor}`)).body;
    const stored = history.events.at(-1);
    expect(stored).toMatchObject({ type: 'AttachmentAdded', actor: { id: 'clerk-1', role: 'clerk' }, data: { kind: 'letter', sha256: sha256(letter), name: { $sealed: 'aes-256-gcm' } } });
    expect(JSON.stringify(stored)).not.toContain('王某某来信');
    const { rows } = await t.sql.query<{ content: Buffer }>('SELECT content FROM case_file_contents WHERE sha256 = $1', [Buffer.from(sha256(letter), 'hex')]);
    expect(rows[0]!.content.includes(letter.subarray(0, 64))).toBe(false);

    const bytes = await download(id, response.body.attachmentId, auditor);
    expect(bytes.status).toBe(200);
    expect(bytes.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(bytes.body as Buffer, letter)).toBe(0);
    expect(bytes.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('王某某来信.pdf')}`);
    const log = (await t.http.get(`/audit/access-log?petitionId=${id}`).set('Authorization', `Bearer ${auditor}`)).body.records;
    expect(log[0]).toMatchObject({ what: 'attachment', actor: { id: 'auditor-1' }, detail: { attachmentId: response.body.attachmentId, kind: 'letter', outcome: 'present' } });
  });

  it('takes JPEG and PNG too, and keeps a completion report unsealed', async () => {
    const { id } = await cases.register();
    expect((await upload(id, 'evidence', SAMPLE_JPEG, 'photo.jpg', 'image/jpeg')).body).toMatchObject({ sealed: true, sha256: sha256(SAMPLE_JPEG) });
    const png = samplePng();
    const report = await upload(id, 'completion_report', png, 'report.png', 'image/png');
    expect(report.body).toMatchObject({ sealed: false });
    const { rows } = await t.sql.query<{ content: Buffer; sealed_for: string | null }>('SELECT content, sealed_for FROM case_file_contents WHERE sha256 = $1', [Buffer.from(sha256(png), 'hex')]);
    expect(rows).toEqual([{ content: png, sealed_for: null }]);
    expect(Buffer.compare((await download(id, report.body.attachmentId)).body as Buffer, png)).toBe(0);
  });

  it('stores the same bytes once, while each upload is an event of its own', async () => {
    const { id } = await cases.register();
    const evidence = await samplePdf('The same evidence, twice');
    const before = await storedRows();
    const first = await upload(id, 'evidence', evidence, 'a.pdf', 'application/pdf');
    const second = await upload(id, 'evidence', evidence, 'b.pdf', 'application/pdf');
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.attachmentId).not.toBe(first.body.attachmentId);
    expect(second.body.version).toBe(3);
    expect(await storedRows()).toBe(before + 1);
  });

  it('refuses an over-size file with 413, a mismatched type with 415, and an empty or truncated one with 400, storing nothing', async () => {
    const { id } = await cases.register();
    const events = await t.eventCount();
    const rows = await storedRows();
    const big = Buffer.concat([letter.subarray(0, letter.length - 6), Buffer.alloc(LIMIT), Buffer.from('%%EOF\n')]);
    const refusals = [
      [await upload(id, 'evidence', big, 'big.pdf', 'application/pdf'), 413],
      [await upload(id, 'evidence', samplePng(), 'fake.pdf', 'application/pdf'), 415],
      [await upload(id, 'evidence', letter, 'letter.txt', 'text/plain'), 415],
      [await upload(id, 'evidence', Buffer.alloc(0), 'empty.pdf', 'application/pdf'), 400],
      [await upload(id, 'evidence', letter.subarray(0, letter.length - 20), 'cut.pdf', 'application/pdf'), 400],
      [await upload(id, 'evidence', SAMPLE_JPEG.subarray(0, 400), 'cut.jpg', 'image/jpeg'), 400],
    ] as const;
    expect(refusals.map(([response]) => response.status)).toEqual(refusals.map(([, status]) => status));
    for (const [response] of refusals) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refusals[0][0].body).toMatchObject({ status: 413, limit: LIMIT });
    expect(await t.eventCount()).toBe(events);
    expect(await storedRows()).toBe(rows);
  });

  it('refuses bad fields, a missing file, an unknown case and a future date without storing anything', async () => {
    const { id } = await cases.register();
    const rows = await storedRows();
    const noFile = await t.http.post(`/petitions/${id}/attachments`).set('Authorization', `Bearer ${cases.clerk}`).field('kind', 'letter');
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    expect((await upload(id, 'diary', letter, 'a.pdf', 'application/pdf')).status).toBe(400);
    expect((await upload('00000000-0000-4000-8000-000000000000', 'letter', letter, 'a.pdf', 'application/pdf')).status).toBe(404);
    const future = await t.http.post(`/petitions/${id}/attachments`).set('Authorization', `Bearer ${cases.clerk}`).field('kind', 'letter').field('addedOn', '2099-01-01')
      .attach('file', letter, { filename: 'a.pdf', contentType: 'application/pdf' });
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'addedOn' })]);
    expect((await upload(id, 'letter', letter, 'a.pdf', 'application/pdf', auditor)).status).toBe(403);
    expect(await storedRows()).toBe(rows);
  });

  it('shreds a sealed attachment on erasure: the download answers 410 with the name and bytes shown as erased', async () => {
    const { id } = await cases.register();
    const card = await upload(id, 'identity_document', SAMPLE_JPEG, '身份证.jpg', 'image/jpeg');
    const report = await upload(id, 'completion_report', samplePng(4, 4), 'report.png', 'image/png');
    expect((await download(id, card.body.attachmentId)).status).toBe(200);
    const admin = await t.token('admin', { sub: 'admin-1' });
    const erased = await t.http.post(`/petitions/${id}/personal-data/erasure`).set('Authorization', `Bearer ${admin}`).send({ legalBasis: '当事人申请删除' });
    expect(erased.status).toBe(200);

    const gone = await t.http.get(`/petitions/${id}/attachments/${card.body.attachmentId}`).set('Authorization', `Bearer ${cases.clerk}`);
    expect(gone.status).toBe(410);
    expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(gone.body).toMatchObject({ type: '/problems/attachment-erased', attachment: { attachmentId: card.body.attachmentId, kind: 'identity_document', erasedFields: ['name', 'content'] } });
    const view = (await t.http.get(`/petitions/${id}`).set('Authorization', `Bearer ${cases.clerk}`)).body;
    const [cardView, reportView] = view.petition.caseFile.attachments;
    expect(cardView).toMatchObject({ kind: 'identity_document', erasedFields: ['name'] });
    expect(cardView).not.toHaveProperty('name');
    expect(reportView).toMatchObject({ name: 'report.png' });
    expect((await download(id, report.body.attachmentId)).status).toBe(200);
  });

  it('lets the unit a case is handed to attach and download its files; to any other unit the case does not exist', async () => {
    const admin = await t.token('admin', { sub: 'admin-1' });
    for (const code of ['hd-town', 'jw-bureau']) {
      const put = await t.http.put(`/units/${code}`).set('Authorization', `Bearer ${admin}`).send({ name: `单位${code}`, level: 'township' });
      expect(put.status).toBe(201);
    }
    const township = await t.token('unit', { sub: 'officer-1', name: '镇信访办张', unit: 'hd-town' });
    const other = await t.token('unit', { sub: 'officer-9', name: '别的单位', unit: 'jw-bureau' });
    const { id } = await cases.register({ responsibleUnit: 'hd-town' });
    await cases.step(`/petitions/${id}/acceptance`, { decision: 'assigned', toUnit: 'hd-town', reportBy: '2026-03-30', decidedAt: '2026-03-04', claimType: 'claim' });
    const report = await samplePdf('Completion report');

    const added = await upload(id, 'completion_report', report, '办结报告.pdf', 'application/pdf', township);
    expect(added.status).toBe(201);
    const fetched = await download(id, added.body.attachmentId, township);
    expect(fetched.status).toBe(200);
    expect(Buffer.compare(fetched.body as Buffer, report)).toBe(0);

    const [events, rows] = [await t.eventCount(), await storedRows()];
    const refused = await upload(id, 'completion_report', await samplePdf('Not theirs'), 'x.pdf', 'application/pdf', other);
    expect(refused.status).toBe(404);
    expect([await t.eventCount(), await storedRows()]).toEqual([events, rows]);
    expect((await t.http.get(`/petitions/${id}/attachments/${added.body.attachmentId}`).set('Authorization', `Bearer ${other}`)).status).toBe(404);
  });
});
