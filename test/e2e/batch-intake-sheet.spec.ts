import { INTAKE_HEADERS, readSheet, registrationsOf } from '../../apps/api/src/petitions/intake/intake-sheet.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { asBytes, openWorkbook, sheetRows } from '../support/xlsx.js';

/**
 * Batch intake from Excel: the template's Chinese headers, and a filled template read as the
 * workbench reads it (intake-sheet.ts, with exceljs) and sent to POST /petitions/batch.
 */
describe('batch intake from the Excel template', () => {
  let t: TestApp;
  let clerk: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk');
  });
  afterAll(async () => t.close());

  const template = async () => {
    const response = await asBytes(t.http.get('/petitions/batch/template').set('Authorization', `Bearer ${clerk}`));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return openWorkbook(response.body as Buffer);
  };

  it('offers the template with the registration fields as Chinese headers, and how to fill each', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['批量登记', '填写说明']);
    expect(sheetRows(workbook.getWorksheet('批量登记')!)).toEqual([
      ['信访形式', '收到日期', '信访人姓名', '身份证号', '联系电话', '住址', '人数', '事项标题', '类别', '信访内容', '诉求', '责任单位', '积案类型'],
    ]);
    expect(INTAKE_HEADERS).toHaveLength(13);
    expect(workbook.getWorksheet('批量登记')!.getColumn(4).numFmt).toBe('@');
    expect(sheetRows(workbook.getWorksheet('填写说明')!, 4)[0]).toEqual(['信访形式', '必填', '走访、来信、网上信访或电话']);
  });

  it('refuses the template to a role that may not register (403)', async () => {
    expect((await t.http.get('/petitions/batch/template').set('Authorization', `Bearer ${await t.token('panel')}`)).status).toBe(403);
  });

  it('turns a filled template into registrations: good rows registered, a bad row named in Chinese, nothing of it recorded', async () => {
    const workbook = await template();
    const sheet = workbook.getWorksheet('批量登记')!;
    sheet.addRow(['走访', '2026-03-02', '王建国', '11010519491231002X', '13800138000', '射阳县某镇某村', null, '征地补偿款未足额发放', '涉房涉建', '补偿款只发放了一半。', '足额发放', '某某镇人民政府', '信访积案、重复访未化解']);
    sheet.addRow([]);
    sheet.addRow(['来信', new Date(Date.UTC(2026, 2, 4)), '李秀英', null, null, null, 12, '拖欠工资', '劳动社保', '工地拖欠工资三个月。', '支付工资', '县人社局', null]);
    sheet.addRow(['电话', '2026-03-05', '赵六', null, null, null, null, null, '其他', '内容', '诉求', '县信访局', null]);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const { header, rows } = readSheet((await openWorkbook(filled)).worksheets[0]!);
    expect(header).toEqual(INTAKE_HEADERS);
    const registrations = registrationsOf(rows);
    expect(registrations.map((row) => row.line)).toEqual([2, 4, 5]);
    expect(registrations[0]!.body).toEqual({
      channel: 'visit', receivedAt: '2026-03-02', subject: '征地补偿款未足额发放', category: 'housing_construction', content: '补偿款只发放了一半。', demands: '足额发放',
      responsibleUnit: '某某镇人民政府', backlogKinds: ['long_standing', 'repeat'],
      petitioners: [{ name: '王建国', idNumber: '11010519491231002X', phone: '13800138000', address: '射阳县某镇某村' }],
    });
    expect(registrations[1]!.body).toMatchObject({ channel: 'letter', receivedAt: '2026-03-04', groupSize: 12, petitioners: [{ name: '李秀英' }] });

    const before = await t.eventCount();
    const answer = await t.http.post('/petitions/batch').set('Authorization', `Bearer ${clerk}`).set('Accept-Language', 'zh-CN').send({ items: registrations.map((row) => row.body) });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ registered: 2, rejected: 1 });
    const [first, second, third] = answer.body.results;
    expect([first.status, second.status, third.status]).toEqual([201, 201, 400]);
    expect(third.errors).toEqual([
      { field: 'subject', code: 'required', message: '信访事项（subject）为必填项' },
      { field: 'category', code: 'enum', message: '类别（category）只能是以下之一：housing_construction、labour_social_security、agriculture_rural、law_litigation' },
    ]);
    expect(await t.eventCount()).toBe(before + 2);

    const record = (await t.http.get(`/petitions/${first.id}`).set('Authorization', `Bearer ${clerk}`)).body;
    expect(record.petition).toMatchObject({ subject: '征地补偿款未足额发放', category: 'housing_construction', receivedAt: '2026-03-02', backlogKinds: ['long_standing', 'repeat'], petitioners: [expect.objectContaining({ name: '王建国' })] });
    expect((await t.http.get(`/petitions/${second.id}`).set('Authorization', `Bearer ${clerk}`)).body.petition).toMatchObject({ subject: '拖欠工资', channel: 'letter', groupSize: 12, receivedAt: '2026-03-04' });
  });
});
