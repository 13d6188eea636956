import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';
import { asBytes, openWorkbook, sheetRows } from '../support/xlsx.js';
import { MEASURES } from '../../apps/api/src/read-models/cases/queries/read-model.responses.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /petitions, /deadlines and /stats with format=xlsx: the same rows as the JSON answer, under Chinese headers. */
describe('exports as Excel workbooks', () => {
  let t: TestApp;
  let clerk: string;
  let position = '';
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk');
    const post = async (path: string, body: Record<string, unknown>, status: number) => {
      const response = await t.http.post(path).set('Authorization', `Bearer ${clerk}`).send(body);
      expect(response.status).toBe(status);
      position = response.body.position;
      return response.body;
    };
    ids.push((await post('/petitions', validPetition({ receivedAt: '2026-03-02', subject: '征地补偿款未足额发放' }), 201)).id);
    await post(`/petitions/${ids[0]}/acceptance`, { decision: 'accepted', handlingUnit: '县自然资源局', decidedAt: '2026-03-05' }, 200);
    ids.push((await post('/petitions', validPetition({ receivedAt: '2026-03-04', category: 'labour_social_security', subject: '拖欠工资', responsibleUnit: '县人社局', backlogKinds: ['repeat'] }), 201)).id);
    ids.push((await post('/petitions', validPetition({ receivedAt: '2026-03-10', channel: 'letter', category: 'law_litigation', subject: '对判决不服' }), 201)).id);
  });
  afterAll(async () => t.close());

  const get = (path: string, query: Record<string, string> = {}) => t.http.get(path).query({ minPosition: position, ...query }).set('Authorization', `Bearer ${clerk}`);
  const workbookOf = async (path: string, query: Record<string, string>) => {
    const response = await asBytes(get(path, { ...query, format: 'xlsx' }));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[a-z]+-[^"]+\.xlsx"; filename\*=UTF-8''/);
    return openWorkbook(response.body as Buffer);
  };

  it('writes the case list with Chinese headers, one row per case of the JSON answer, every page of it', async () => {
    const json = (await get('/petitions', { limit: '200' })).body.items as Record<string, unknown>[];
    expect(json).toHaveLength(3);
    const sheet = (await workbookOf('/petitions', { limit: '1' })).getWorksheet('案件列表')!;
    const [header, ...rows] = sheetRows(sheet);
    expect(header).toEqual(['登记编号', '登记日期', '信访事项', '信访人', '类别', '信访形式', '办理阶段', '责任单位', '承办单位', '积案类型', '办结日期', '办结方式', '处理意见', '满意度评价']);
    expect(rows.map((row) => row[0])).toEqual(json.map((item) => item.receiptNumber));
    expect(rows[0]!.slice(1, 8)).toEqual(['2026-03-10', '对判决不服', '王某某', '涉法涉诉', '来信', '已登记', '某某镇人民政府']);
    expect(rows[1]!.slice(2, 10)).toEqual(['拖欠工资', '王某某', '劳动社保', '走访', '已登记', '县人社局', null, '重复访未化解']);
    expect(rows[2]!.slice(6, 9)).toEqual(['办理中', '某某镇人民政府', '县自然资源局']);
  });

  it('keeps the filters: only the matching cases', async () => {
    const sheet = (await workbookOf('/petitions', { category: 'labour_social_security' })).getWorksheet('案件列表')!;
    expect(sheetRows(sheet, 2).map((row) => row[2])).toEqual(['拖欠工资']);
  });

  it('writes the deadlines as of a date, matching the JSON answer row for row', async () => {
    const json = (await get('/deadlines', { asOf: '2026-03-20' })).body;
    const sheet = (await workbookOf('/deadlines', { asOf: '2026-03-20' })).getWorksheet('期限预警')!;
    expect(sheetRows(sheet, 1)[0]!.slice(0, 2)).toEqual(['统计截至', '2026-03-20']);
    const [header, ...rows] = sheetRows(sheet, 3);
    expect(header).toEqual(['登记编号', '期限', '状态', '起算日期', '届满日期', '剩余天数', '完成日期', '类别', '责任单位']);
    expect(rows).toHaveLength(json.items.length);
    expect(rows.map((row) => [row[0], row[3], row[4], row[5], row[6]])).toEqual(
      json.items.map((item: Record<string, unknown>) => [item.receiptNumber, item.startedOn, item.deadline ?? item.uncovered, item.daysLeft, item.stoppedOn]),
    );
    expect(rows.map((row) => row[2])).toEqual(expect.arrayContaining(['按期完成', '已超期']));
    expect(rows.map((row) => row[1])).toContain('受理期限');
  });

  it('writes the measures: overall, and by category, unit and claim type, as the JSON answer has them', async () => {
    const query = { from: '2026-03-01', to: '2026-03-31' };
    const json = (await get('/stats', query)).body;
    const workbook = await workbookOf('/stats', query);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['总体', '按类别', '按责任单位', '按信访类型']);
    const [header, ...overall] = sheetRows(workbook.getWorksheet('总体')!, 3);
    expect(header).toEqual(['指标', '分子', '分母', '比率']);
    expect(overall[0]).toEqual(['及时受理率', json.overall.timelyAcceptance.numerator, json.overall.timelyAcceptance.denominator, json.overall.timelyAcceptance.rate]);
    expect(overall).toHaveLength(MEASURES.length);
    const [categoryHeader, ...byCategory] = sheetRows(workbook.getWorksheet('按类别')!, 3);
    expect(categoryHeader!.slice(0, 3)).toEqual(['类别', '及时受理率', '按期办结率']);
    expect(byCategory).toHaveLength(json.byCategory.length);
    const byUnit = sheetRows(workbook.getWorksheet('按责任单位')!, 4);
    expect(byUnit.map((row) => row[0])).toEqual(json.byUnit.map((row: { unit: string }) => row.unit));
  });

  it('refuses an unknown format (400) and names the field', async () => {
    const response = await get('/petitions', { format: 'csv' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'format', code: 'enum' })]);
  });

  it('documents format and the workbook media type in the OpenAPI document', async () => {
    const { body: document } = await t.http.get('/docs-json');
    for (const path of ['/petitions', '/deadlines', '/stats']) {
      const operation = document.paths[path].get;
      expect(operation.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'format', in: 'query', schema: expect.objectContaining({ enum: ['json', 'xlsx'] }) })]));
      expect(Object.keys(operation.responses['200'].content)).toEqual(expect.arrayContaining(['application/json', XLSX]));
    }
  });

});
