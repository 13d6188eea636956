import { languageOf, localizeProblem } from '../../apps/api/src/http/messages.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/** Problem details in Chinese for Accept-Language: zh, in English otherwise; the same type, status and fields either way. */
describe('problem details in the caller’s language', () => {
  let t: TestApp;
  let clerk: string;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk');
    id = (await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition({ receivedAt: '2026-03-02' }))).body.id;
  });
  afterAll(async () => t.close());

  const both = async (send: (language: string) => Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, string> }>) => {
    const before = await t.eventCount();
    const zh = await send('zh-CN,zh;q=0.9,en;q=0.8');
    const en = await send('en-US,en;q=0.9');
    expect(await t.eventCount()).toBe(before);
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(en.headers['content-language']).toBe('en');
    expect({ type: zh.body.type, status: zh.status }).toEqual({ type: en.body.type, status: en.status });
    return { zh: zh.body, en: en.body, status: zh.status };
  };
  const register = (body: Record<string, unknown>) => both((language) => t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).set('Accept-Language', language).send(body));

  it('names a missing field as required', async () => {
    const { subject: _subject, ...withoutSubject } = validPetition();
    const { zh, en, status } = await register(withoutSubject);
    expect(status).toBe(400);
    expect(zh).toMatchObject({ title: '请求有误', errors: [{ field: 'subject', code: 'required', message: '信访事项（subject）为必填项' }] });
    expect(en).toMatchObject({ title: 'Invalid request', errors: [{ field: 'subject', code: 'required', message: 'subject is required' }] });
  });

  it('names the expected type, and the limit of a text too long, with the nested field’s path', async () => {
    const { zh, en } = await register(validPetition({ groupSize: '3', subject: '长'.repeat(201), petitioners: [{ name: '' }] }));
    const messages = Object.fromEntries((zh.errors as { field: string; message: string }[]).map((error) => [error.field, error.message]));
    expect(messages).toEqual({ groupSize: '人数（groupSize）的类型不对，应为整数', subject: '信访事项（subject）不能超过 200 个字符', 'petitioners[0].name': '姓名（petitioners[0].name）不能为空白' });
    expect((en.errors as { field: string; message: string }[]).find((error) => error.field === 'subject')!.message).toBe('subject must be shorter than or equal to 200 characters');
  });

  it('says the decider’s rules in Chinese where their checks are shared', async () => {
    const { zh, en, status } = await register(validPetition({ receivedAt: '2099-01-01' }));
    expect(status).toBe(422);
    expect(zh).toMatchObject({ title: '不符合业务规则', errors: [{ field: 'receivedAt', code: 'rule', message: expect.stringMatching(/^登记日期（receivedAt）不能晚于今天（\d{4}-\d{2}-\d{2}）$/) }] });
    expect(en).toMatchObject({ errors: [{ field: 'receivedAt', code: 'rule', message: expect.stringMatching(/^must not be in the future/) }] });
  });

  it('explains a step the stage does not allow, naming the steps it does', async () => {
    const { zh, en, status } = await both((language) =>
      t.http.post(`/petitions/${id}/closure`).set('Authorization', `Bearer ${clerk}`).set('Accept-Language', language).send({ outcome: 'withdrawn', reason: '撤回', closedOn: '2026-03-03' }),
    );
    expect(status).toBe(409);
    expect(zh.title).toBe('当前阶段不能办理此事项');
    expect(zh.detail).toMatch(/^案件处于“已登记”阶段，不能办理此事项；当前可办理：受理、不予受理、转送、交办、/);
    expect(en.detail).toMatch(/^A petition in stage registered cannot close/);
    expect(zh.allowedNext).toEqual(en.allowedNext);
  });

  it('translates the common problems: not found, version mismatch, forbidden, unauthorized, unsupported media type', async () => {
    const notFound = await both((language) => t.http.get('/petitions/6f1c2b1e-0000-4000-8000-000000000000').set('Authorization', `Bearer ${clerk}`).set('Accept-Language', language));
    expect([notFound.status, notFound.zh.title, notFound.en.title]).toEqual([404, expect.stringMatching(/^未找到/), expect.stringMatching(/not found/i)]);

    const moved = await both((language) =>
      t.http.post(`/petitions/${id}/acceptance`).set('Authorization', `Bearer ${clerk}`).set('If-Match', '"7"').set('Accept-Language', language).send({ decision: 'accepted', handlingUnit: '县住建局', decidedAt: '2026-03-03' }),
    );
    expect([moved.status, moved.zh.title, moved.zh.detail]).toEqual([412, '案件已有新的办理', '案件已更新到第 1 版，与 If-Match 不符：请重新读取案件后再试。']);

    const panel = await t.token('panel');
    const forbidden = await both((language) => t.http.get('/petitions').set('Authorization', `Bearer ${panel}`).set('Accept-Language', language));
    expect([forbidden.status, forbidden.zh.title, forbidden.zh.detail, forbidden.en.title]).toEqual([403, '无权操作', '您的角色不能进行此操作。', 'Forbidden']);

    const anonymous = await both((language) => t.http.get('/petitions').set('Accept-Language', language));
    expect([anonymous.status, anonymous.zh.title, anonymous.en.title]).toEqual([401, '未登录', 'Unauthorized']);

    const text = await both((language) => t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).set('Accept-Language', language).set('Content-Type', 'text/plain').send('hello'));
    expect([text.status, text.zh.title, text.en.title]).toEqual([415, '不支持的内容类型', 'Unsupported media type']);
  });

  it('translates a rate limit and a conflict, with the wait the Retry-After header states', () => {
    const limited = localizeProblem({ type: '/problems/rate-limited', title: 'Too many writes', status: 429, detail: 'At most 10 writes a minute' }, 'zh', { 'Retry-After': '42' });
    expect(limited).toMatchObject({ title: '请求过于频繁', detail: '请求过于频繁，请在 42 秒后再试。' });
    const conflict = localizeProblem({ type: '/problems/concurrent-modification', title: 'The case changed meanwhile', status: 409 }, 'zh');
    expect(conflict).toMatchObject({ title: '案件已被他人修改', detail: '同一时间该案件有另一项办理被记录，请重新读取案件后再试。' });
    expect(localizeProblem(conflict, 'en')).toBe(conflict);
    const worded = localizeProblem({ type: '/problems/rating-not-open', title: 'The rating was not recorded', status: 409, detail: '该事项尚未办结，暂不能评价。' }, 'zh');
    expect(worded).toMatchObject({ title: '冲突', detail: '该事项尚未办结，暂不能评价。' });
  });

  it('reads the caller’s first choice by q-value; English when it names neither language', () => {
    expect(languageOf('zh')).toBe('zh');
    expect(languageOf('zh-CN,zh;q=0.9')).toBe('zh');
    expect(languageOf('en-US,zh;q=0.5')).toBe('en');
    expect(languageOf('en;q=0.4,zh-TW;q=0.8')).toBe('zh');
    expect(languageOf('fr-FR,de')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('zh;q=0,en')).toBe('en');
  });
});
