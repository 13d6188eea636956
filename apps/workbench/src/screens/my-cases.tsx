import { get } from '../api.js';
import type { LeaderCase } from '../case-types.js';
import { labelOf, STAGE_LABELS } from '../labels.js';
import { Empty, Loading, Panel, TableBox, useLoad } from '../parts.js';
import { hrefOf } from '../route.js';

/** 我的包案: the cases the signed-in leader owns (GET /me/cases), each a link to the case and its 接访 and 批示 forms. */
export function MyCases() {
  const [cases] = useLoad(() => get<{ items: LeaderCase[] }>('/me/cases'), 'mine');
  return (
    <div className="view" data-screen="mycases">
      <Panel title="我的包案">
        <Loading state={cases}>
          {(found) => found.items.length === 0 ? <Empty /> : (
            <TableBox>
              <table data-testid="my-cases">
                <thead><tr><th>受理编号</th><th>事项</th><th>阶段</th><th>包案职务</th><th>包案起始</th></tr></thead>
                <tbody>
                  {found.items.map((item) => (
                    <tr key={item.petitionId} data-petition={item.petitionId}>
                      <td><a href={hrefOf('case', item.petitionId)}>{item.receiptNumber}</a></td>
                      <td className="wrap">{item.subject}</td>
                      <td>{labelOf(STAGE_LABELS, item.stage)}</td>
                      <td>{item.post}</td>
                      <td>{item.ownedFrom}</td>
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
