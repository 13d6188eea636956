import ExcelJS from 'exceljs';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

const binary = (response: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

/** API.md "Also": /supervisions exports as Excel with ?format=xlsx — its proposals (proposed=true) too, not JSON. */
describe('the supervision proposals as an Excel workbook', () => {
  let t: TestApp;
  let clerk: string;
  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-1' });
    const admin = await t.token('admin', { sub: 'admin-1' });
    expect((await t.http.put('/units/hd-town').set('Authorization', `Bearer ${admin}`).send({ name: '合德镇人民政府', level: 'township' })).status).toBe(201);
  });
  afterAll(async () => t.close());

  it('lists the overdue duties not yet supervised with Chinese headers, as the JSON list does', async () => {
    const id = (await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition({ responsibleUnit: 'hd-town', receivedAt: '2026-09-01' }))).body.id as string;
    const assigned = await t.http.post(`/petitions/${id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send({ decision: 'assigned', toUnit: 'hd-town', reportBy: '2026-09-20', decidedAt: '2026-09-02' });
    expect(assigned.status).toBe(200);
    const json = await t.http.get(`/supervisions?proposed=true&asOf=2026-10-08&minPosition=${assigned.body.position as string}`).set('Authorization', `Bearer ${clerk}`);
    expect(json.body.items).toEqual([expect.objectContaining({ petitionId: id, clock: 'completion_report', deadline: '2026-09-20', daysOverdue: 18 })]);

    const xlsx = await t.http.get('/supervisions?proposed=true&asOf=2026-10-08&format=xlsx').set('Authorization', `Bearer ${clerk}`).buffer(true).parse(binary as never);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.getWorksheet('待督办事项')!;
    expect(sheet.getRow(3).values).toEqual([undefined, '受理编号', '信访事项', '责任单位', '逾期事项', '期限届满日', '逾期天数', '包案领导']);
    expect(sheet.getRow(4).values).toEqual([undefined, json.body.items[0].receiptNumber, '征地补偿款未足额发放', '合德镇人民政府', '办结报告期限', '2026-09-20', 18, '']);
    expect(sheet.rowCount).toBe(4);
  });
});
