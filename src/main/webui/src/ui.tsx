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

export function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const id = 'copy-' + label.replace(/\W+/g, '-').toLowerCase();
  return (
    <div className="copy">
      <label htmlFor={id}>{label}</label>
      <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard?.writeText(value).catch(() => undefined);
          setCopied(true);
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
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
