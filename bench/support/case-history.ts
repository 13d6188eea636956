import { petitionBody } from './registration-load.ts';

/** A case the bench built through the API, and its version (events in its stream) as the last answer gave it. */
export interface BenchCase {
  readonly id: string;
  version: number;
  category: string;
}

const CATEGORIES = ['housing_construction', 'agriculture_rural'] as const;

/** Client of the built API for one clerk, timing nothing: the bench times the calls it measures itself. */
export class CaseClient {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  /** A registered case, accepted and in mediation: 3 events. */
  async openCase(): Promise<BenchCase> {
    const { id } = (await this.send('POST', '/petitions', { ...JSON.parse(petitionBody()), category: CATEGORIES[0] }, 201)) as { id: string };
    const opened: BenchCase = { id, version: 1, category: CATEGORIES[0] };
    await this.command(opened, 'acceptance', { decision: 'accepted', handlingUnit: '某某镇人民政府' });
    await this.command(opened, 'mediation', { mediator: '县人民调解委员会' });
    return opened;
  }

  /**
   * Grows a case to `events` events with what handling allows to repeat: mediation sessions, each
   * with its attendees and summary, taking turns with reclassifications.
   */
  async grow(petition: BenchCase, events: number): Promise<void> {
    while (petition.version < events) {
      if (petition.version % 2 === 0) await this.reclassify(petition);
      else await this.command(petition, 'mediation/sessions', { attendees: ['信访人', '调解员'], summary: `第${petition.version}次调解：双方就补偿款发放时间进行协商，信访人同意分期领取，下次继续商议具体金额。` });
    }
  }

  /** The cheap repeatable command: the category, back and forth, with If-Match. */
  async reclassify(petition: BenchCase): Promise<void> {
    const category = petition.category === CATEGORIES[0] ? CATEGORIES[1] : CATEGORIES[0];
    await this.command(petition, 'reclassification', { category, reason: '经核实，问题性质需重新归类。' });
    petition.category = category;
  }

  /** GET /petitions/{id}; the size of its answer, in bytes of JSON. */
  async read(petition: BenchCase): Promise<number> {
    return Buffer.byteLength(JSON.stringify(await this.send('GET', `/petitions/${petition.id}`, undefined, 200)));
  }

  private async command(petition: BenchCase, path: string, body: object): Promise<void> {
    const answer = (await this.send('POST', `/petitions/${petition.id}/${path}`, body, 200, { 'if-match': `"${petition.version}"` })) as { version: number };
    petition.version = answer.version;
  }

  private async send(method: string, path: string, body: object | undefined, expected: number, headers: Record<string, string> = {}): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (response.status !== expected) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as unknown;
  }
}
