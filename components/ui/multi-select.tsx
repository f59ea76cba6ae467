import { describedByIds, FieldError, FieldHint } from './field-message';

interface MultiSelectProps {
  id: string;
  label: string;
  options: readonly { value: string; label: string }[];
  values: readonly string[];
  onValuesChange: (values: string[]) => void;
  hint?: React.ReactNode;
  error?: string;
}

/** A native <select multiple>: keyboard- and screen-reader-usable everywhere, a picker on phones. */
export function MultiSelect({ id, label, options, values, onValuesChange, hint, error }: MultiSelectProps) {
  const chosen = options.filter((option) => values.includes(option.value));
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
      </label>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <select
        id={id}
        name={id}
        multiple
        size={8}
        value={[...values]}
        onChange={(event) => onValuesChange(Array.from(event.target.selectedOptions, (option) => option.value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds(id, Boolean(hint), Boolean(error))}
        className={
          'w-full rounded-md border bg-white p-1 text-base text-slate-900 ' +
          (error ? 'border-2 border-red-700' : 'border-slate-500')
        }
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} className="px-2 py-1">
            {option.label}
          </option>
        ))}
      </select>
      <p className="text-sm text-slate-700">
        {chosen.length === 0 ? 'None chosen.' : `Chosen: ${chosen.map((option) => option.label).join(', ')}.`}
      </p>
      <FieldError id={id} message={error} />
    </div>
  );
}
