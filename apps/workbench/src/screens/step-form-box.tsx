import { call, newIdempotencyKey } from '../api.js';
import { CommandForm } from '../form.js';
import type { CaseContext, StepForm } from '../step-forms.js';
import { ScheduleHearingForm } from './schedule-hearing-form.js';

/**
 * One step's form, sent on the case version the user saw (If-Match: a change by someone else
 * meanwhile is refused, not overwritten) with a fresh Idempotency-Key.
 */
export function StepFormBox({ form, context, onDone }: { form: StepForm; context: CaseContext; onDone: () => void }) {
  async function send(body: Record<string, unknown>) {
    const shaped = form.reshape ? form.reshape(body) : body;
    await call('POST', form.path(context), { body: { ...form.fixed, ...shaped }, ifMatch: context.found.version, idempotencyKey: newIdempotencyKey() });
    onDone();
  }
  return (
    <div className="step-form" data-step={form.step}>
      <h3>{form.label}</h3>
      {form.custom === 'schedule-hearing' ? (
        <ScheduleHearingForm context={context} onSubmit={send} />
      ) : (
        <CommandForm fields={form.fields} submitLabel={`提交${form.label}`} onSubmit={send} initial={form.initial?.(context) ?? {}} />
      )}
    </div>
  );
}
