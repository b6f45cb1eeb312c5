import { useState, type ReactNode } from 'react';
import type { ApiProblem } from './lib/errors';

/** A refusal or failure, plainly: FORBIDDEN says the role does not allow it. */
export function Problem({ problem }: { problem: ApiProblem | null }) {
  if (!problem) return null;
  const text =
    problem.code === 'FORBIDDEN' ? `Not allowed for your role: ${problem.message}` : problem.message;
  return (
    <p role="alert" className="problem">
      {problem.code && <strong>{problem.code}</strong>} {text}
    </p>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {errors.join('; ')}
    </span>
  );
}

/** A value to copy: "Copied" only once the clipboard took it; when it refuses, the person is told to copy by hand. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const id = 'copy-' + label.replace(/\W+/g, '-').toLowerCase();
  return (
    <div className="copy">
      <label htmlFor={id}>{label}</label>
      <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        onClick={async () => {
          try {
            if (!navigator.clipboard) throw new Error('no clipboard');
            await navigator.clipboard.writeText(value);
            setCopy('copied');
          } catch {
            setCopy('failed');
          }
        }}
      >
        {copy === 'copied' ? 'Copied' : 'Copy'}
      </button>
      {copy === 'failed' && (
        <span role="status" className="hint">
          The browser did not allow copying: select the link and copy it.
        </span>
      )}
    </div>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = 'section-' + title.replace(/\W+/g, '-').toLowerCase();
  return (
    <section aria-labelledby={id} className="card">
      <div className="card-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
