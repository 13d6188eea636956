import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the lifecycle in the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('documents every lifecycle route, and the case view down to each hearing opinion', async () => {
    const { body: document } = await t.http.get('/docs-json');
    const routes = Object.entries(document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>).flatMap(([path, operations]) =>
      Object.entries(operations).map(([verb, operation]) => `${verb.toUpperCase()} ${path} ${Object.keys(operation.responses).find((status) => status.startsWith('2'))}`),
    );
    const hearing = '/petitions/{id}/hearings/{hid}';
    expect(routes).toEqual(
      expect.arrayContaining([
        ...['objection', 'reclassification', 'mediation', 'mediation/sessions', 'mediation/agreement', 'mediation/failure', 'extension', 'opinion', 'closure', 'rating', 'review', 'review/opinion', 'final-review', 'final-review/opinion'].map(
          (path) => `POST /petitions/{id}/${path} 200`,
        ),
        'POST /petitions/{id}/hearings 201',
        ...['opinions', 'conclusion', 'adjournment', 'rescheduling'].map((path) => `POST ${hearing}/${path} 200`),
      ]),
    );
    const schemas = document.components.schemas;
    expect(Object.keys(schemas.RecordPanelOpinionRequest.properties)).not.toContain('memberId');
    expect(schemas.ScheduledHearingResponse.required).toContain('hearingId');
    expect(schemas.StepRecord.properties.businessDate).toMatchObject({ format: 'date' });
    expect(schemas.PetitionView.properties.petition.allOf).toEqual([{ $ref: '#/components/schemas/CaseRecordView' }]);
    expect(Object.keys(schemas.CaseRecordView.properties)).toEqual(
      expect.arrayContaining(['hearings', 'mediations', 'extension', 'opinion', 'closure', 'rating', 'review', 'finalReview', 'objections', 'reclassifications']),
    );
    expect(schemas.HearingView.properties.opinions).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/PanelOpinionView' } });
  });
});
