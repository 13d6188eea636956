import { useState } from 'react';
import { get } from '../api.js';
import { CommandForm, type FieldSpec } from '../form.js';
import { HEARING_ROLE_LABELS } from '../labels.js';
import { Loading, useLoad } from '../parts.js';
import type { CaseContext } from '../step-forms.js';

interface PanelMember {
  id: string;
  displayName: string;
  mayChair: boolean;
}

interface Seat {
  memberId: string;
  role: string;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'hearingDate', label: '开庭日期', kind: 'date', required: true },
  { name: 'venue', label: '地点', required: true },
  { name: 'scheduledOn', label: '安排日期', kind: 'date', hint: '不填为今天' },
  { name: 'petitioner', label: '信访人到庭', kind: 'checkbox' },
  { name: 'petitionerLawyer', label: '信访人代理律师' },
  { name: 'responsibleUnit', label: '到庭责任单位', required: true },
];

/** 安排模拟法庭听证: date and venue, and a panel chosen from the directory's panel members. */
export function ScheduleHearingForm({ context, onSubmit }: { context: CaseContext; onSubmit: (body: Record<string, unknown>) => Promise<void> }) {
  const [members] = useLoad(() => get<PanelMember[]>('/panel-members'), 'panel-members');
  const [seats, setSeats] = useState<Seat[]>([{ memberId: '', role: 'chair' }, { memberId: '', role: 'judge' }, { memberId: '', role: 'lawyer' }]);
  const setSeat = (index: number, change: Partial<Seat>) => setSeats(seats.map((seat, at) => (at === index ? { ...seat, ...change } : seat)));
  return (
    <Loading state={members}>
      {(directory) => {
        const nameOf = (id: string) => directory.find((member) => member.id === id)?.displayName ?? id;
        const panel = () => ({ panel: seats.filter((seat) => seat.memberId).map((seat) => ({ memberId: seat.memberId, name: nameOf(seat.memberId), role: seat.role })) });
        return (
          <CommandForm
            fields={FIELDS}
            submitLabel="安排听证"
            initial={{ responsibleUnit: context.found.petition.responsibleUnit, petitioner: true, venue: '县信访局模拟法庭' }}
            extraBody={panel}
            onSubmit={({ petitioner, petitionerLawyer, responsibleUnit, ...rest }) => onSubmit({ ...rest, attendees: { petitioner, ...(petitionerLawyer ? { petitionerLawyer } : {}), responsibleUnit } })}
          >
            <fieldset className="seats">
              <legend>合议庭组成</legend>
              {seats.map((seat, index) => (
                <div className="seat" key={index} data-seat={index}>
                  <select aria-label={`第${index + 1}位成员`} value={seat.memberId} onChange={(event) => setSeat(index, { memberId: event.target.value })}>
                    <option value="">请选择成员</option>
                    {directory.filter((member) => seat.role !== 'chair' || member.mayChair).map((member) => <option key={member.id} value={member.id}>{member.displayName}</option>)}
                  </select>
                  <select aria-label={`第${index + 1}位成员的角色`} value={seat.role} onChange={(event) => setSeat(index, { role: event.target.value })}>
                    {Object.entries(HEARING_ROLE_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
                  </select>
                  {seats.length > 1 ? <button type="button" className="quiet" onClick={() => setSeats(seats.filter((_, at) => at !== index))}>移除</button> : null}
                </div>
              ))}
              <button type="button" className="quiet" onClick={() => setSeats([...seats, { memberId: '', role: 'mediator' }])}>增加成员</button>
              {directory.length === 0 ? <p className="note">暂无合议庭成员：请管理员在用户管理中添加角色为“合议庭成员”的用户。</p> : null}
            </fieldset>
          </CommandForm>
        );
      }}
    </Loading>
  );
}
