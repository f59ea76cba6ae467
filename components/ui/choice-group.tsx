import { describedByIds, FieldError, FieldHint } from './field-message';

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
  description?: string;
}

interface ChoiceGroupProps<V extends string> {
  id: string;
  legend: string;
  options: readonly ChoiceOption<V>[];
  hint?: React.ReactNode;
  error?: string;
  /** Grid columns from the sm breakpoint up; one column on phones. */
  columns?: 1 | 2 | 3;
}

const COLUMNS = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-2 lg:grid-cols-3' } as const;

function optionId(groupId: string, value: string) {
  return `${groupId}-${value}`;
}

function ChoiceFieldset<V extends string>({
  id,
  legend,
  options,
  hint,
  error,
  columns = 1,
  renderInput,
}: ChoiceGroupProps<V> & { renderInput: (option: ChoiceOption<V>, inputId: string, describedBy?: string) => React.ReactNode }) {
  const groupDescribedBy = describedByIds(id, Boolean(hint), Boolean(error));
  return (
    <fieldset id={id} aria-describedby={groupDescribedBy} className="flex min-w-0 flex-col gap-2">
      <legend className="mb-1 font-semibold text-slate-900">{legend}</legend>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <div className={`grid grid-cols-1 gap-x-4 gap-y-1 ${COLUMNS[columns]}`}>
        {options.map((option) => {
          const inputId = optionId(id, option.value);
          const descriptionId = option.description ? `${inputId}-description` : undefined;
          // The group's error is repeated on each control: some screen readers skip a fieldset's description.
          const describedBy = [descriptionId, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
          return (
            <div key={option.value} className="flex min-h-10 items-start gap-3 py-1">
              {renderInput(option, inputId, describedBy)}
              <div className="flex flex-col">
                <label htmlFor={inputId} className="cursor-pointer text-slate-900">
                  {option.label}
                </label>
                {option.description ? (
                  <span id={descriptionId} className="text-sm text-slate-700">
                    {option.description}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <FieldError id={id} message={error} />
    </fieldset>
  );
}

const INPUT_CLASSES = 'mt-0.5 size-5 shrink-0 cursor-pointer accent-blue-700';

export function CheckboxGroup<V extends string>({
  values,
  onValuesChange,
  ...group
}: ChoiceGroupProps<V> & { values: readonly V[]; onValuesChange: (values: V[]) => void }) {
  const toggle = (value: V, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order so the request does not depend on the click order.
    onValuesChange(group.options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <ChoiceFieldset
      {...group}
      renderInput={(option, inputId, describedBy) => (
        <input
          type="checkbox"
          id={inputId}
          name={group.id}
          value={option.value}
          checked={values.includes(option.value)}
          onChange={(event) => toggle(option.value, event.target.checked)}
          aria-describedby={describedBy}
          aria-invalid={group.error ? true : undefined}
          className={INPUT_CLASSES}
        />
      )}
    />
  );
}

export function RadioGroup<V extends string>({
  value,
  onValueChange,
  ...group
}: ChoiceGroupProps<V> & { value: V | ''; onValueChange: (value: V) => void }) {
  return (
    <ChoiceFieldset
      {...group}
      renderInput={(option, inputId, describedBy) => (
        <input
          type="radio"
          id={inputId}
          name={group.id}
          value={option.value}
          checked={value === option.value}
          onChange={() => onValueChange(option.value)}
          aria-describedby={describedBy}
          className={INPUT_CLASSES}
        />
      )}
    />
  );
}
