import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { errorId, fieldId, hintId } from './field-errors';

interface Described {
  /** The field's path as the API names it; gives the control its id */
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** aria-describedby for a control: its hint, then its error, as GOV.UK orders them. */
export function describedBy(path: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [hint ? hintId(path) : '', error ? errorId(path) : '', extra ?? ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldError({ path, error }: { path: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(path)} className="field__error">
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}

export function FieldHint({ path, hint }: { path: string; hint?: ReactNode }) {
  return hint ? (
    <p id={hintId(path)} className="field__hint">
      {hint}
    </p>
  ) : null;
}

function Shell({ path, label, hint, error, children, className }: Described & { children: ReactNode; className?: string }) {
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={fieldId(path)} className="field__label">
        {label}
      </label>
      <FieldHint path={path} hint={hint} />
      <FieldError path={path} error={error} />
      {children}
    </div>
  );
}

type InputProps = Described & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
  value: string;
  onValue(value: string): void;
  /** Shown before the box, e.g. £ */
  prefix?: string;
  className?: string;
};

export function TextField({ path, label, hint, error, value, onValue, prefix, className, ...rest }: InputProps) {
  const input = (
    <input
      id={fieldId(path)}
      className="input"
      value={value}
      onChange={(e) => onValue(e.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(path, hint, error)}
      {...rest}
    />
  );
  return (
    <Shell path={path} label={label} hint={hint} error={error} className={className}>
      {prefix ? (
        <span className="input-prefixed">
          <span className="input-prefixed__prefix" aria-hidden="true">
            {prefix}
          </span>
          {input}
        </span>
      ) : (
        input
      )}
    </Shell>
  );
}

type AreaProps = Described & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> & {
  value: string;
  onValue(value: string): void;
  className?: string;
};

export function TextArea({ path, label, hint, error, value, onValue, className, rows = 4, ...rest }: AreaProps) {
  return (
    <Shell path={path} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={fieldId(path)}
        className="input textarea"
        rows={rows}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, hint, error)}
        {...rest}
      />
    </Shell>
  );
}

type SelectProps = Described & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> & {
  value: string;
  onValue(value: string): void;
  options: readonly { value: string; label: string }[];
  /** The first option, meaning "none chosen" (value "") */
  empty?: string;
  className?: string;
};

export function SelectField({ path, label, hint, error, value, onValue, options, empty, className, ...rest }: SelectProps) {
  return (
    <Shell path={path} label={label} hint={hint} error={error} className={className}>
      <select
        id={fieldId(path)}
        className="select"
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, hint, error)}
        {...rest}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

interface ChoicesProps<T extends string> extends Described {
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onValue(value: T[]): void;
}

/** Checkboxes in a fieldset; the fieldset carries the id the error summary links to (its first box takes focus). */
export function CheckboxGroup<T extends string>({ path, label, hint, error, options, value, onValue }: ChoicesProps<T>) {
  const toggle = (option: T, on: boolean) => {
    const chosen = new Set(value);
    if (on) chosen.add(option);
    else chosen.delete(option);
    // Keep the options' order, whatever order they were ticked in.
    onValue(options.map((o) => o.value).filter((v) => chosen.has(v)));
  };
  return (
    <fieldset
      id={fieldId(path)}
      className={`field fieldset${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(path, hint, error)}
    >
      <legend className="field__label">{label}</legend>
      <FieldHint path={path} hint={hint} />
      <FieldError path={path} error={error} />
      <div className="checkboxes">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
