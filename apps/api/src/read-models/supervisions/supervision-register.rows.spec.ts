import { registerRows } from './supervision-register.rows.js';

const stream = 'petition-0b4f6c1e-3a52-4f0e-9a57-6d2c8e1f7a90';
const petition_id = '0b4f6c1e-3a52-4f0e-9a57-6d2c8e1f7a90';

describe('the supervision register’s rows', () => {
  it('keys each level by the event that started it, an answer by its own version, and keeps the latest owner of a case', () => {
    const rows = registerRows([
      { streamId: stream, version: 3, type: 'SupervisionIssued', data: { supervisionId: 'S1', level: 'notice', unit: 'hd-town', subject: '催报', issuedOn: '2026-10-08', answerBy: '2026-10-15' } },
      { streamId: stream, version: 4, type: 'SupervisionEscalated', data: { supervisionId: 'S1', unit: 'hd-town', fromLevel: 'notice', level: 'listed', escalatedOn: '2026-10-19', answerBy: '2026-10-30', reason: '逾期' } },
      { streamId: stream, version: 5, type: 'CaseOwnerAssigned', data: { leaderId: 'l-1', leaderName: '周建华', post: '副县长', from: '2026-10-01' } },
      { streamId: stream, version: 6, type: 'SupervisionAnswered', data: { supervisionId: 'S1', unit: 'hd-town', level: 'listed', answeredOn: '2026-10-28', progress: '已核算' } },
      { streamId: stream, version: 7, type: 'CaseOwnerAssigned', data: { leaderId: 'l-2', leaderName: '李明', post: '县长', from: '2026-10-20' } },
    ]);
    expect(rows).toEqual({
      supervisions: [{ petition_id, supervision_id: 'S1', unit: 'hd-town', subject: '催报', issued_on: '2026-10-08' }],
      rounds: [
        { petition_id, supervision_id: 'S1', version: 3, level: 'notice', from_on: '2026-10-08', answer_by: '2026-10-15' },
        { petition_id, supervision_id: 'S1', version: 4, level: 'listed', from_on: '2026-10-19', answer_by: '2026-10-30' },
      ],
      answers: [{ petition_id, supervision_id: 'S1', version: 6, answered_on: '2026-10-28' }],
      owners: [{ petition_id, leader_id: 'l-2', leader_name: '李明', post: '县长', from_on: '2026-10-20', version: 7 }],
    });
  });
});
