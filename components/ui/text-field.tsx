import type { InputHTMLAttributes } from 'react';
import { describedByIds, FieldError, FieldHint } from './field-message';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: React.ReactNode;
  error?: string;
  /** narrow: a number or a year; wide: an email address, a name. */
  width?: 'narrow' | 'wide';
}

const WIDTHS = { narrow: 'max-w-48', wide: 'max-w-md' } as const;

/** A labelled text input with its hint and error, wired with aria-describedby and aria-invalid. */
export function TextField({ id, label, value, onValueChange, hint, error, width = 'narrow', className, ...input }: TextFieldProps) {
  return (
    <div className={`flex flex-col gap-1 ${className ?? ''}`}>
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
      </label>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <input
        id={id}
        name={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds(id, Boolean(hint), Boolean(error))}
        className={
          `min-h-11 w-full ${WIDTHS[width]} rounded-md border bg-white px-3 py-2 text-base text-slate-900 ` +
          (error ? 'border-red-700 border-2' : 'border-slate-500')
        }
        {...input}
      />
      <FieldError id={id} message={error} />
    </div>
  );
}
