import { get } from '../api.js';
import { HEARING_ROLE_LABELS, HEARING_STATUS_LABELS, labelOf } from '../labels.js';
import { Empty, Loading, Panel, TableBox, useLoad } from '../parts.js';
import { hrefOf } from '../route.js';

interface MyHearing {
  petitionId: string;
  receiptNumber: string;
  subject: string;
  hearingId: string;
  status: string;
  hearingDate: string;
  venue: string;
  myRole: string;
  opinionGiven: boolean;
}

/** 我的听证: the hearings this panel member sits on, and what is still theirs to do. */
export function MyHearings() {
  const [hearings] = useLoad(() => get<MyHearing[]>('/me/hearings'), 'mine');
  return (
    <div className="view" data-screen="hearings">
      <Panel title="我的听证">
        <Loading state={hearings}>
          {(items) => items.length === 0 ? <Empty /> : (
            <TableBox>
              <table>
                <thead><tr><th>开庭日期</th><th>案件</th><th>地点</th><th>我的角色</th><th>听证状态</th><th>待办</th></tr></thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.hearingId} data-hearing={item.hearingId}>
                      <td>{item.hearingDate}</td>
                      <td className="wrap"><a href={hrefOf('case', item.petitionId)}>{item.receiptNumber}</a> {item.subject}</td>
                      <td>{item.venue}</td>
                      <td>{labelOf(HEARING_ROLE_LABELS, item.myRole)}</td>
                      <td>{labelOf(HEARING_STATUS_LABELS, item.status)}</td>
                      <td>{item.status !== 'scheduled' ? '—' : !item.opinionGiven ? '发表个人意见' : item.myRole === 'chair' ? '合议结论' : '已发表意见'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          )}
        </Loading>
      </Panel>
    </div>
  );
}
