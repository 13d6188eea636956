import { createHash } from 'node:crypto';
import type { EventStore } from '@xinfang/event-store';
import { CaseFileContents } from '../../apps/api/src/case-file/case-file-contents.js';
import { verifyAllContents } from '../../apps/api/src/cli/verify-contents.js';
import { EVENT_STORE } from '../../apps/api/src/event-store/event-store.token.js';
import { caseDriver, type CaseDriver } from '../documents/case-driver.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { samplePdf, samplePng } from './sample-files.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Verification covers the case file: each attachment's stored bytes against the SHA-256 its event records. */
describe('verifying the case file’s bytes', () => {
  let t: TestApp;
  let cases: CaseDriver;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    cases = await caseDriver(t);
    auditor = await t.token('auditor', { sub: 'auditor-1' });
  });
  afterAll(async () => t.close());

  const upload = async (id: string, kind: string, file: Buffer, type: string) => {
    const response = await t.http.post(`/petitions/${id}/attachments`).set('Authorization', `Bearer ${cases.clerk}`).field('kind', kind).attach('file', file, { filename: 'file', contentType: type });
    expect(response.status).toBe(201);
    return response.body.attachmentId as string;
  };
  const verify = async (id: string) => (await t.http.get(`/petitions/${id}/verify`).set('Authorization', `Bearer ${auditor}`)).body;
  /** What someone with database access might do: the table refuses UPDATE, so they switch its trigger off first. */
  async function tamper(sql: string, values: unknown[]) {
    await expect(t.sql.query(sql, values)).rejects.toThrow(/content-addressed/);
    const client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE case_file_contents DISABLE TRIGGER USER');
      await client.query(sql, values);
      await client.query('ALTER TABLE case_file_contents ENABLE TRIGGER USER');
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }

  it('finds every file intact, then names the attachment whose bytes were altered, plain or sealed', async () => {
    const { id } = await cases.register();
    const report = samplePng(6, 6, 0x10);
    const reportId = await upload(id, 'completion_report', report, 'image/png');
    const letter = await samplePdf('A letter that will be tampered with');
    const letterId = await upload(id, 'letter', letter, 'application/pdf');
    expect(await verify(id)).toMatchObject({ intact: true, eventsChecked: 3, contents: { checked: 2, erased: 0, altered: [] } });

    const forged = samplePng(6, 6, 0x20);
    await tamper('UPDATE case_file_contents SET content = $2 WHERE sha256 = $1', [Buffer.from(sha256(report), 'hex'), forged]);
    await tamper(`UPDATE case_file_contents SET content = overlay(content placing '\\x00'::bytea from 40) WHERE sha256 = $1`, [Buffer.from(sha256(letter), 'hex')]);
    const result = await verify(id);
    expect(result).toMatchObject({ intact: false, eventsChecked: 3 });
    expect(result).not.toHaveProperty('firstMismatch');
    expect(result.contents.altered).toEqual([
      { version: 2, eventId: expect.any(String), attachmentId: reportId, kind: 'completion_report', recordedSha256: sha256(report), actualSha256: sha256(forged), state: 'altered' },
      { version: 3, eventId: expect.any(String), attachmentId: letterId, kind: 'letter', recordedSha256: sha256(letter), actualSha256: null, state: 'altered' },
    ]);
    const download = await t.http.get(`/petitions/${id}/attachments/${reportId}`).set('Authorization', `Bearer ${cases.clerk}`);
    expect(download.status).toBe(500);
    expect(download.body).toMatchObject({ type: '/problems/content-altered' });

    const everyCase = await verifyAllContents(t.app.get<EventStore>(EVENT_STORE), t.app.get(CaseFileContents));
    expect(everyCase.altered.map((file) => [file.streamId, file.attachmentId])).toEqual([[`petition-${id}`, reportId], [`petition-${id}`, letterId]]);
  });

  it('counts a file shredded by erasure as erased, not altered', async () => {
    const { id } = await cases.register();
    await upload(id, 'identity_document', await samplePdf('An identity card, scanned'), 'application/pdf');
    const admin = await t.token('admin', { sub: 'admin-1' });
    expect((await t.http.post(`/petitions/${id}/personal-data/erasure`).set('Authorization', `Bearer ${admin}`).send({ legalBasis: '当事人申请删除' })).status).toBe(200);
    expect(await verify(id)).toMatchObject({ intact: true, contents: { checked: 1, erased: 1, altered: [] } });
  });
});
