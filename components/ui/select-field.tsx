import { describedByIds, FieldError, FieldHint } from './field-message';

interface SelectFieldProps {
  id: string;
  label: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onValueChange: (value: string) => void;
  hint?: React.ReactNode;
  error?: string;
}

/** A labelled native <select> whose name is its id, so a plain form submits it as that parameter. */
export function SelectField({ id, label, options, value, onValueChange, hint, error }: SelectFieldProps) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
      </label>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <select
        id={id}
        name={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedByIds(id, Boolean(hint), Boolean(error))}
        aria-invalid={error ? true : undefined}
        className="min-h-11 w-full max-w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={id} message={error} />
    </div>
  );
}
