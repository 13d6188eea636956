import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Requests past the documented header and URL limits, or that HTTP itself cannot read, are
 * answered with problem+json like every other refusal, not Node's bare status line or a reset.
 */
describe('request size limits', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp({ headerLimitBytes: 16 * 1024, urlLimitBytes: 8 * 1024 });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => t.close());

  const call = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${path}`, { headers });

  const expectProblem = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status, title: expect.any(String), type: expect.any(String), detail: expect.any(String) });
    return body;
  };

  it('answers 431 problem+json to a 100 KB Authorization header, naming the limit', async () => {
    const body = await expectProblem(await call('/petitions', { Authorization: `Bearer ${'a'.repeat(100 * 1024)}` }), 431);
    expect(body.detail).toContain('16384');
  });

  it('answers 414 problem+json to an 18 KB URL, and to one past the URL limit that fits the headers', async () => {
    expect((await expectProblem(await call(`/petitions?q=${'a'.repeat(18 * 1024)}`), 414)).detail).toContain('8192');
    await expectProblem(await call(`/petitions?q=${'a'.repeat(9 * 1024)}`), 414);
  });

  it('still serves requests within the limits', async () => {
    const token = await t.token('clerk');
    const response = await call(`/petitions?q=${'a'.repeat(90)}`, { Authorization: `Bearer ${token}`, 'X-Padding': 'p'.repeat(8 * 1024) });
    expect(response.status).toBe(200);
  });

  it('answers 400 problem+json to a request HTTP cannot read (a control character in a header)', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\nX-Note: a\u0000b\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400 });
  });
});
