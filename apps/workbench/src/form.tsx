import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError, type FieldError } from './api.js';

/** One input of a data-driven form; `name` is the request body's field. */
export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly kind?: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'multi' | 'checkbox' | 'lines' | 'password';
  readonly options?: Readonly<Record<string, string>>;
  readonly required?: boolean;
  readonly hint?: string;
}

export type Values = Record<string, string | string[] | boolean>;

/** Blank fields are left out (the API fills its defaults); numbers, lists and checkboxes take their JSON types. */
export function bodyOf(fields: readonly FieldSpec[], values: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === 'checkbox') body[field.name] = value === true;
    else if (field.kind === 'multi') body[field.name] = Array.isArray(value) ? value : [];
    else if (typeof value !== 'string' || value.trim() === '') continue;
    else if (field.kind === 'number') body[field.name] = Number(value);
    else if (field.kind === 'lines') body[field.name] = value.split(/[\n,，、]/).map((line) => line.trim()).filter(Boolean);
    else body[field.name] = value.trim();
  }
  return body;
}

const STATUS_MESSAGES: Record<number, string> = {
  400: '填写的内容有误，请检查标红的项目。',
  401: '登录已失效，请重新登录。',
  403: '没有权限执行此操作。',
  404: '未找到该记录。',
  409: '当前阶段不允许此操作，请刷新后查看可办理的步骤。',
  412: '案件已被他人更新，请刷新后重试。',
  422: '不符合办理规则。',
  429: '操作过于频繁，请稍后再试。',
};

/**
 * A refusal as the API words it in Chinese (its `detail`, and each field's message), or a word of our
 * own by status when the answer carries none (a proxy's error page, say).
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof ApiError)) return '暂时无法连接服务，请稍后再试。';
  const lead = error.problem.detail ?? STATUS_MESSAGES[error.status] ?? '操作失败。';
  const fields = (error.problem.errors ?? []).map((item) => item.message);
  return fields.length > 0 ? `${lead}${fields.join('；')}。` : lead;
}

export function Field({ spec, value, onChange, error }: { spec: FieldSpec; value: Values[string] | undefined; onChange: (value: Values[string]) => void; error?: string }) {
  const id = `field-${spec.name}`;
  const text = typeof value === 'string' ? value : '';
  const control = (() => {
    switch (spec.kind) {
      case 'textarea':
      case 'lines':
        return <textarea id={id} rows={spec.kind === 'lines' ? 2 : 3} value={text} required={spec.required} onChange={(event) => onChange(event.target.value)} />;
      case 'select':
        return (
          <select id={id} value={text} required={spec.required} onChange={(event) => onChange(event.target.value)}>
            <option value="">请选择</option>
            {Object.entries(spec.options ?? {}).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        );
      case 'multi': {
        const chosen = Array.isArray(value) ? value : [];
        return (
          <span className="choices" id={id}>
            {Object.entries(spec.options ?? {}).map(([code, label]) => (
              <label key={code} className="choice">
                <input type="checkbox" checked={chosen.includes(code)} onChange={(event) => onChange(event.target.checked ? [...chosen, code] : chosen.filter((item) => item !== code))} />
                {label}
              </label>
            ))}
          </span>
        );
      }
      case 'checkbox':
        return <input id={id} type="checkbox" checked={value === true} onChange={(event) => onChange(event.target.checked)} />;
      default:
        return <input id={id} type={spec.kind ?? 'text'} value={text} required={spec.required} onChange={(event) => onChange(event.target.value)} {...(spec.kind === 'number' ? { min: 1 } : {})} />;
    }
  })();
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{spec.label}{spec.required ? <span className="required">*</span> : null}</label>
      {control}
      {spec.hint ? <small className="hint">{spec.hint}</small> : null}
      {error ? <small className="field-error">{error}</small> : null}
    </div>
  );
}

/** Field errors by the request's field names, for the inputs that show them. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: FieldError[] = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return Object.fromEntries(errors.map((item) => [item.field.split(/[.[]/)[0]!, item.message]));
}

/**
 * A form from field specs: submits their body, shows the API's refusal in Chinese beside the fields it
 * names, and stays usable for another try. `children` adds inputs that the specs cannot describe.
 */
export function CommandForm({ fields, submitLabel, onSubmit, initial = {}, children, extraBody, testId }: {
  fields: readonly FieldSpec[];
  submitLabel: string;
  onSubmit: (body: Record<string, unknown>) => Promise<void>;
  initial?: Values;
  children?: ReactNode;
  extraBody?: () => Record<string, unknown>;
  testId?: string;
}) {
  const [values, setValues] = useState<Values>(initial);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(failure);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit({ ...bodyOf(fields, values), ...(extraBody?.() ?? {}) });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="command-form" onSubmit={(event) => void submit(event)} data-testid={testId}>
      <div className="fields">
        {fields.map((spec) => (
          <Field key={spec.name} spec={spec} value={values[spec.name]} error={errors[spec.name]} onChange={(value) => setValues((current) => ({ ...current, [spec.name]: value }))} />
        ))}
      </div>
      {children}
      {failure ? <p className="status error" role="alert">{describeFailure(failure)}</p> : null}
      <button type="submit" disabled={busy}>{busy ? '正在提交…' : submitLabel}</button>
    </form>
  );
}
