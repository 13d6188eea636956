import { CENSORED, censorPersonalData } from './censor-personal-data.js';

describe('censorPersonalData', () => {
  it('censors personal fields and credentials at any depth, in objects and arrays, without touching the original', () => {
    const logged = {
      petitioners: [{ name: '张三', idNumber: '11010519491231002X', phone: '13800138000', address: '某镇某村' }],
      case: { history: { events: [{ data: { petitioners: [{ phone: '13900000000' }] } }] } },
      headers: { authorization: 'Bearer secret', cookie: 'session=1', accept: 'application/json' },
      phone: '13700000000',
    };
    const original = structuredClone(logged);
    expect(censorPersonalData(logged)).toEqual({
      petitioners: [{ name: '张三', idNumber: CENSORED, phone: CENSORED, address: CENSORED }],
      case: { history: { events: [{ data: { petitioners: [{ phone: CENSORED }] } }] } },
      headers: { authorization: CENSORED, cookie: CENSORED, accept: 'application/json' },
      phone: CENSORED,
    });
    expect(logged).toEqual(original);
  });

  it('returns the very object, copying nothing, when there is nothing to censor', () => {
    const line = { method: 'POST', route: '/petitions', status: 201, durationMs: 12.5, tags: ['a', { b: 1 }] };
    expect(censorPersonalData(line)).toBe(line);
  });

  it('walks class instances as JSON prints them, leaves what pino serializes itself, and stops walking a cycle', () => {
    class PetitionerDto {
      constructor(
        readonly name: string,
        readonly phone: string,
      ) {}
    }
    expect(censorPersonalData({ body: { petitioners: [new PetitionerDto('张三', '13800138000')] } })).toEqual({ body: { petitioners: [{ name: '张三', phone: CENSORED }] } });
    const error = Object.assign(new Error('failed'), { phone: 'censored by the error serializer' });
    const request = { headers: { cookie: 'left to the request serializer, which keeps the id and method' } };
    const line = { err: error, req: request, at: new Date(0) };
    expect(censorPersonalData(line)).toBe(line);
    const cyclic: Record<string, unknown> = { phone: '13800138000' };
    cyclic.self = cyclic;
    expect((censorPersonalData(cyclic) as { phone: string }).phone).toBe(CENSORED);
  });
});

describe('the root logger', () => {
  it('censors what it logs, an error’s own fields included', async () => {
    const { createRootLogger } = await import('./logging.js');
    const lines: string[] = [];
    const logger = createRootLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ petitioner: { name: '张三', phone: '13800138000' } }, 'careless');
    logger.error({ err: Object.assign(new Error('constraint failed'), { address: '某镇某村', code: '23505' }) }, 'failed');
    logger.child({ idNumber: '11010519491231002X' }).warn('bound');
    const [careless, failed, bound] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(careless!.petitioner).toEqual({ name: '张三', phone: CENSORED });
    expect(failed!.err).toMatchObject({ message: 'constraint failed', address: CENSORED, code: '23505' });
    expect(bound!.idNumber).toBe(CENSORED);
    expect(lines.join('\n')).not.toMatch(/13800138000|某镇某村|11010519491231002X/);
  });
});
