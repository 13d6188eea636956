import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { signToken } from '../../apps/api/src/auth/sign-token.js';
import { migrateDatabase } from '../../apps/api/src/database/migrate-database.js';
import { createRootLogger } from '../../apps/api/src/observability/logging.js';
import { ProjectorService } from '../../apps/api/src/projections/projector.service.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { TEST_JWT_SECRET, testConfig, validPetition } from '../support/test-app.js';

const UNKNOWN_RECEIPT = 'XF20260302-ZZZZZZZZ';

describe('petitioner self-service: the receipt code, progress, rating (条例 Art. 21)', () => {
  const lines: string[] = [];
  let database: TestDatabase;
  let app: INestApplication;
  let sql: pg.Pool;
  let clerk: string;
  const http = () => request(app.getHttpServer());
  const warnings = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((record) => record.level === 40);

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateDatabase(database.url);
    app = await createApp({ config: testConfig(database.url, { logLevel: 'warn' }), databaseUrl: database.url, log: createRootLogger('warn', { write: (line: string) => void lines.push(line) }) });
    await app.listen(0, '127.0.0.1');
    sql = new pg.Pool({ connectionString: database.url, max: 2 });
    clerk = await signToken(TEST_JWT_SECRET, { sub: 'clerk-1', name: '李科员', roles: ['clerk'] });
  });
  afterAll(async () => {
    await app.close();
    await sql.end();
    await database.drop();
  });
  beforeEach(async () => {
    await sql.query('DELETE FROM petitioner_access_failures; DELETE FROM petitioner_receipt_pacing');
    lines.length = 0;
  });

  async function register(body: Record<string, unknown> = {}, idempotencyKey?: string): Promise<{ id: string; receiptNumber: string; accessCode: string }> {
    const call = http().post('/petitions').set('Authorization', `Bearer ${clerk}`);
    const response = await (idempotencyKey ? call.set('Idempotency-Key', idempotencyKey) : call).send(validPetition(body));
    expect(response.status).toBe(201);
    await app.get(ProjectorService).waitFor(response.body.position);
    return response.body;
  }
  const step = async (path: string, body: Record<string, unknown>) => {
    const response = await http().post(path).set('Authorization', `Bearer ${clerk}`).send(body);
    expect(response.status).toBe(200);
    return response;
  };
  const lookup = (receiptNumber: string, code: string) => http().get(`/public/petitions/${receiptNumber}`).query({ code });
  const rate = (receiptNumber: string, code: string, rating = 'satisfied') => http().post(`/public/petitions/${receiptNumber}/rating`).query({ code }).send({ rating });
  /** A lookup sent from another loopback address, as another client would. */
  const lookupFrom = (localAddress: string, receiptNumber: string, code: string) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
      const path = `/public/petitions/${receiptNumber}?code=${code}`;
      const call = httpGet({ host: '127.0.0.1', port: (app.getHttpServer().address() as AddressInfo).port, path, localAddress }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers }));
      });
      call.on('error', reject);
    });
  const passSeconds = (seconds: number) => sql.query('UPDATE petitioner_receipt_pacing SET paced_until = paced_until - make_interval(secs => $1)', [seconds]);
  const wrongCodeFor = (code: string) => String((Number(code) + 1) % 100_000_000).padStart(8, '0');

  it('shows an 8-digit code on the receipt, the same on a replay, for batch items too, and stores it nowhere', async () => {
    const first = await register({}, 'receipt-code-1');
    expect(first.accessCode).toMatch(/^\d{8}$/);
    const replay = await http().post('/petitions').set('Authorization', `Bearer ${clerk}`).set('Idempotency-Key', 'receipt-code-1').send(validPetition());
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toMatchObject({ id: first.id, receiptNumber: first.receiptNumber, accessCode: first.accessCode });

    const batch = await http().post('/petitions/batch').set('Authorization', `Bearer ${clerk}`).send({ items: [validPetition(), { channel: 'pigeon' }, validPetition({ subject: '拖欠工资' })] });
    expect(batch.status).toBe(200);
    const [one, bad, two] = batch.body.results;
    expect(one.accessCode).toMatch(/^\d{8}$/);
    expect(two.accessCode).toMatch(/^\d{8}$/);
    expect(one.accessCode).not.toBe(two.accessCode);
    expect(bad).not.toHaveProperty('accessCode');

    const stored = await sql.query(`SELECT string_agg(response_body::text, ' ') AS bodies FROM idempotency_keys`);
    expect(stored.rows[0].bodies).toContain(first.receiptNumber);
    expect(stored.rows[0].bodies).not.toContain(first.accessCode);
    const events = await sql.query(`SELECT string_agg(data::text || metadata::text, ' ') AS text FROM event_store.events`);
    expect(events.rows[0].text).not.toContain(first.accessCode);

    await app.get(ProjectorService).waitFor(batch.body.results[2].position);
    expect((await lookup(first.receiptNumber, first.accessCode)).status).toBe(200);
    expect((await lookup(two.receiptNumber, two.accessCode)).status).toBe(200);
    expect((await lookup(two.receiptNumber, one.accessCode)).status).toBe(404);
  });

  it('shows the stage and the statutory clocks in plain Chinese, and nothing personal or internal', async () => {
    const petition = validPetition({ receivedAt: '2026-03-02' });
    const { id, receiptNumber, accessCode } = await register({ receivedAt: '2026-03-02' });
    await step(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '县自然资源局', decidedAt: '2026-03-05', note: '内部备注：请承办人张三跟进' });

    const response = await lookup(receiptNumber.toLowerCase(), accessCode);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      receiptNumber,
      petitioner: '王**',
      stage: 'accepted',
      stageLabel: '已受理，正在办理',
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      clocks: [
        { clock: 'acceptance', label: '受理告知期限（收到之日起15日）', startedOn: '2026-03-02', deadline: '2026-03-17', state: 'met', stateLabel: '已按期完成', stoppedOn: '2026-03-05' },
        expect.objectContaining({ clock: 'handling', label: '办理期限（受理之日起60日，可延长一次）', startedOn: '2026-03-05', deadline: '2026-05-06', state: 'overdue', stateLabel: '已超期' }),
      ],
      rating: { open: false },
    });
    const text = JSON.stringify(response.body);
    const [petitioner] = petition.petitioners as Record<string, string>[];
    for (const secret of [petitioner!.name, petitioner!.idNumber, petitioner!.phone, petitioner!.address, petition.subject, petition.content, petition.demands, id, '县自然资源局', '某某镇人民政府', '张三', '李科员', 'clerk-1']) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers a wrong code, an unknown receipt and a malformed one with the same 404', async () => {
    const { receiptNumber, accessCode } = await register();
    const answers = [await lookup(receiptNumber, wrongCodeFor(accessCode)), await lookup(UNKNOWN_RECEIPT, accessCode), await lookup('not-a-receipt', accessCode)];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toBe(answers[0]!.headers['content-type']);
      const { instance: _instance, ...problem } = answer.body;
      const { instance: _first, ...firstProblem } = answers[0]!.body;
      expect(problem).toEqual(firstProblem);
    }
    expect(answers[0]!.body.detail).not.toMatch(/code|查询码错误|不存在/i);
  });

  it('paces a receipt after 5 wrong codes, one more a 3 minutes, for everyone alike, never locking it for 15 minutes', async () => {
    const { receiptNumber, accessCode } = await register();
    const wrong = wrongCodeFor(accessCode);
    for (let attempt = 1; attempt <= 5; attempt++) expect((await lookup(receiptNumber, wrong)).status).toBe(404);
    const sixth = await lookup(receiptNumber, wrong);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(170);
    expect(Number(sixth.headers['retry-after'])).toBeLessThanOrEqual(180);
    expect((await lookup(receiptNumber, accessCode)).status).toBe(429);
    expect((await rate(receiptNumber, accessCode)).status).toBe(429);

    await passSeconds(180);
    expect((await lookup(receiptNumber, wrong)).status).toBe(404);
    expect((await lookup(receiptNumber, wrong)).status).toBe(429);
    await passSeconds(180);
    expect((await lookup(receiptNumber, accessCode)).status).toBe(200);
  });

  it('logs each refusal with the receipt’s fingerprint and the address, never the receipt number or a code', async () => {
    const { receiptNumber, accessCode } = await register();
    const wrong = wrongCodeFor(accessCode);
    for (let attempt = 1; attempt <= 6; attempt++) await lookup(receiptNumber, wrong);
    await lookup(receiptNumber.toLowerCase(), accessCode);
    const logged = warnings();
    expect(logged.filter((record) => record.reason === 'wrong_code')).toHaveLength(5);
    expect(logged.filter((record) => record.reason === 'rate_limited')).toEqual([expect.objectContaining({ limitedBy: 'receipt' }), expect.objectContaining({ limitedBy: 'receipt' })]);
    const fingerprints = new Set(logged.map((record) => record.receipt));
    expect(fingerprints.size).toBe(1);
    expect([...fingerprints][0]).toMatch(/^[\w-]{16}$/);
    for (const record of logged) expect(record).toMatchObject({ clientAddress: expect.stringMatching(/127\.0\.0\.1|::1/) });
    const log = lines.join('\n');
    for (const secret of [receiptNumber, receiptNumber.slice(11), accessCode, wrong]) expect(log).not.toContain(secret);
  });

  it('locks out the address that guesses, not the petitioner elsewhere, who waits one interval at most', async () => {
    const { receiptNumber, accessCode } = await register();
    const guesser = '127.0.0.2';
    const petitioner = '127.0.0.3';
    for (let attempt = 0; attempt < 5; attempt++) expect((await lookupFrom(guesser, receiptNumber, wrongCodeFor(accessCode))).status).toBe(404);
    for (let attempt = 0; attempt < 15; attempt++) {
      expect((await lookupFrom(guesser, `XF20260302-${String(attempt).padStart(8, '0')}`, accessCode)).status).toBe(404);
    }
    const paced = await lookupFrom(petitioner, receiptNumber, accessCode);
    expect(paced.status).toBe(429);
    expect(Number(paced.headers['retry-after'])).toBeLessThanOrEqual(180);
    await passSeconds(180);
    expect((await lookupFrom(petitioner, receiptNumber, accessCode)).status).toBe(200);
    const locked = await lookupFrom(guesser, receiptNumber, accessCode);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
  });

  it('keeps the brute-force bound against many addresses: a receipt’s wrong codes are paced whoever sends them', async () => {
    const { receiptNumber, accessCode } = await register();
    const wrong = wrongCodeFor(accessCode);
    const statuses: number[] = [];
    for (let source = 10; source < 20; source++) statuses.push((await lookupFrom(`127.0.0.${source}`, receiptNumber, wrong)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429, 429, 429]);
  });

  it('limits wrong codes per client address across receipt numbers too', async () => {
    const { receiptNumber, accessCode } = await register();
    for (let attempt = 0; attempt < 20; attempt++) {
      expect((await lookup(`XF20260302-${String(attempt).padStart(8, '0')}`, accessCode)).status).toBe(404);
    }
    const refused = await lookup(receiptNumber, accessCode);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
  });

  it('does not let right codes use up the allowance', async () => {
    const { receiptNumber, accessCode } = await register();
    for (let attempt = 0; attempt < 8; attempt++) expect((await lookup(receiptNumber, accessCode)).status).toBe(200);
  });

  it('takes the petitioner’s rating once after the closure, and refuses it before', async () => {
    const { id, receiptNumber, accessCode } = await register({ receivedAt: undefined });
    await step(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '县人社局' });
    const early = await rate(receiptNumber, accessCode);
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('尚未办结');

    await step(`/petitions/${id}/opinion`, { outcome: 'supported', request: '足额发放补偿款', facts: '补偿款仅发放一半', reasons: '补偿标准有明确规定', legalBasis: '《土地管理法》第四十八条' });
    const closed = await step(`/petitions/${id}/closure`, { outcome: 'opinion_served' });
    await app.get(ProjectorService).waitFor(closed.body.position);
    expect((await lookup(receiptNumber, accessCode)).body).toMatchObject({ stage: 'closed', stageLabel: '已办结', rating: { open: true } });

    const rated = await rate(receiptNumber, accessCode, 'basically_satisfied');
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ open: false, rating: 'basically_satisfied', label: '基本满意' });
    const again = await rate(receiptNumber, accessCode, 'dissatisfied');
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('已经评价');

    const history = await sql.query(`SELECT type, metadata FROM event_store.events WHERE stream_id = $1 ORDER BY version`, [`petition-${id}`]);
    expect(history.rows.map((row) => row.type)).toEqual(['PetitionRegistered', 'PetitionAccepted', 'HandlingOpinionIssued', 'PetitionClosed', 'SatisfactionRated']);
    expect(history.rows[4].metadata.actor).toEqual({ id: 'petitioner-self-service', name: '信访人（自助评价）', role: 'clerk' });
    expect((await lookup(receiptNumber, accessCode)).body.rating).toMatchObject({ open: false, rating: 'basically_satisfied', label: '基本满意' });
  });

  it('answers a malformed code or rating with 400, which uses up no attempts', async () => {
    const { receiptNumber, accessCode } = await register();
    for (let attempt = 0; attempt < 6; attempt++) {
      expect((await lookup(receiptNumber, '1234')).status).toBe(400);
      expect((await rate(receiptNumber, accessCode, 'great')).status).toBe(400);
    }
    expect((await lookup(receiptNumber, accessCode)).status).toBe(200);
    expect(warnings()).toEqual([]);
  });
});
