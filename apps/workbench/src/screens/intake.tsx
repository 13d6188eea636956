import { call, newIdempotencyKey } from '../api.js';
import { CommandForm, type FieldSpec } from '../form.js';
import { BACKLOG_KIND_LABELS, CATEGORY_LABELS, CHANNEL_LABELS } from '../labels.js';
import { Panel } from '../parts.js';
import { go } from '../route.js';
import { BatchIntake } from './batch-intake.js';

const PETITIONER_FIELDS = ['name', 'idNumber', 'phone', 'address'];

const FIELDS: readonly FieldSpec[] = [
  { name: 'channel', label: '来访方式', kind: 'select', options: CHANNEL_LABELS, required: true },
  { name: 'receivedAt', label: '收到日期', kind: 'date', hint: '不填为今天' },
  { name: 'name', label: '信访人姓名', required: true },
  { name: 'idNumber', label: '身份证号' },
  { name: 'phone', label: '联系电话' },
  { name: 'address', label: '住址' },
  { name: 'subject', label: '事项标题', required: true },
  { name: 'category', label: '类别', kind: 'select', options: CATEGORY_LABELS, required: true },
  { name: 'content', label: '信访内容', kind: 'textarea', required: true },
  { name: 'demands', label: '诉求', kind: 'textarea', required: true },
  { name: 'responsibleUnit', label: '责任单位', required: true },
  { name: 'backlogKinds', label: '积案类型', kind: 'multi', options: BACKLOG_KIND_LABELS },
];

/** 登记: one petition, then straight to its case page. */
export function Intake() {
  async function register(body: Record<string, unknown>) {
    const petitioner = Object.fromEntries(PETITIONER_FIELDS.filter((name) => body[name] !== undefined).map((name) => [name, body[name]]));
    const rest = Object.fromEntries(Object.entries(body).filter(([name]) => !PETITIONER_FIELDS.includes(name)));
    const answer = await call<{ id: string }>('POST', '/petitions', { body: { ...rest, petitioners: [petitioner] }, idempotencyKey: newIdempotencyKey() });
    go('case', answer.data.id);
  }
  return (
    <div className="view" data-screen="intake">
      <Panel title="信访事项登记">
        <CommandForm fields={FIELDS} submitLabel="登记" onSubmit={register} initial={{ channel: 'visit', backlogKinds: [] }} testId="intake-form" />
      </Panel>
      <BatchIntake />
    </div>
  );
}
