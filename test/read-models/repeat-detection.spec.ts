import { ProjectorService } from '../../apps/api/src/projections/projector.service.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

describe('repeat detection at intake: same person and same matter', () => {
  let t: TestApp;
  let clerk: string;
  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk');
  });
  afterAll(async () => t.close());

  async function register(body: Record<string, unknown>) {
    const response = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition(body));
    expect(response.status).toBe(201);
    await t.app.get(ProjectorService).waitFor(response.body.position);
    return response.body as { id: string; receiptNumber: string };
  }
  const read = async (id: string) => (await t.http.get(`/petitions/${id}`).set('Authorization', `Bearer ${clerk}`)).body;

  it('links a new petition to an earlier one of the same person (by ID number) and matter, and tags it repeat', async () => {
    const first = await register({ petitioners: [{ name: '张建国', idNumber: '11010519491231002X' }], responsibleUnit: '合德镇人民政府' });
    const again = await register({ petitioners: [{ name: '张建国', idNumber: '11010519491231002x', phone: '13900001111' }], responsibleUnit: '合德镇人民政府' });
    const view = await read(again.id);
    expect(view.petition.relatedCases).toEqual([{ petitionId: first.id, receiptNumber: first.receiptNumber }]);
    expect(view.petition.backlogKinds).toContain('repeat');
    const earlier = await read(first.id);
    expect(earlier.petition.backlogKinds).not.toContain('repeat');
    await t.app.get(ProjectorService).waitFor((await t.http.get(`/petitions/${again.id}`).set('Authorization', `Bearer ${clerk}`)).body.position);
    expect((await read(first.id)).laterRelatedCases).toEqual([{ petitionId: again.id, receiptNumber: again.receiptNumber }]);
  });

  it('matches by name and phone when there is no ID number', async () => {
    const first = await register({ petitioners: [{ name: '李秀英', phone: '13800001234' }], category: 'labour_social_security', responsibleUnit: '县人社局' });
    const again = await register({ petitioners: [{ name: '李秀英', phone: '13800001234' }], category: 'labour_social_security', responsibleUnit: '县人社局' });
    expect((await read(again.id)).petition.relatedCases).toEqual([{ petitionId: first.id, receiptNumber: first.receiptNumber }]);
  });

  it('does not link another matter of the same person, or the same matter of another person', async () => {
    await register({ petitioners: [{ name: '王五', idNumber: '32092419800101123X' }], responsibleUnit: '甲镇' });
    const otherUnit = await register({ petitioners: [{ name: '王五', idNumber: '32092419800101123X' }], responsibleUnit: '乙镇' });
    expect((await read(otherUnit.id)).petition.relatedCases).toEqual([]);
    const otherPerson = await register({ petitioners: [{ name: '赵六', phone: '13700000000' }], responsibleUnit: '甲镇' });
    expect((await read(otherPerson.id)).petition.relatedCases).toEqual([]);
  });

  it('answers registrations arriving together each about its own person and matter', async () => {
    const first = await register({ petitioners: [{ name: '周八', phone: '13500000001' }], responsibleUnit: '丁镇' });
    const second = await register({ petitioners: [{ name: '周八', phone: '13500000001' }], responsibleUnit: '丁镇' });
    const other = await register({ petitioners: [{ name: '吴九', phone: '13500000002' }], responsibleUnit: '丁镇' });
    const bodies = Array.from({ length: 9 }, (_, index) =>
      validPetition([
        { petitioners: [{ name: '周八', phone: '13500000001' }], responsibleUnit: '丁镇' },
        { petitioners: [{ name: '吴九', phone: '13500000002' }], responsibleUnit: '丁镇' },
        { petitioners: [{ name: '郑十', phone: '13500000003' }], responsibleUnit: '丁镇' },
      ][index % 3]!),
    );
    const answers = await Promise.all(bodies.map((body) => t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(body)));
    const link = (earlier: { id: string; receiptNumber: string }) => ({ petitionId: earlier.id, receiptNumber: earlier.receiptNumber });
    for (const [index, answer] of answers.entries()) {
      expect(answer.status).toBe(201);
      const related = (await read(answer.body.id)).petition.relatedCases as { petitionId: string }[];
      // Of one day, in the order of their ids.
      const expected = [[link(first), link(second)], [link(other)], []][index % 3]!.sort((a, b) => a.petitionId.localeCompare(b.petitionId));
      expect(related).toEqual(expected);
    }
  });

  it('flags a matter concluded by a final review', async () => {
    const first = await register({ petitioners: [{ name: '孙七', phone: '13600000000' }], responsibleUnit: '丙镇' });
    // The first case's final review is done elsewhere in the suite; here its read-model stage stands for it.
    await t.sql.query(`UPDATE read_model.petitions SET stage = 'concluded', is_open = false WHERE petition_id = $1`, [first.id]);
    const again = await register({ petitioners: [{ name: '孙七', phone: '13600000000' }], responsibleUnit: '丙镇' });
    const view = await read(again.id);
    expect(view.petition).toMatchObject({ concludedMatter: true, priorConcludedCases: [{ petitionId: first.id, receiptNumber: first.receiptNumber }], relatedCases: [] });
  });
});
