import { FIELD_ORDER, type DraftErrors, type DraftField } from './plan-draft';

/** Moves focus to a field's control, or to the first control inside a group's fieldset. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  const target = element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>('input, select') : element;
  target?.focus();
}

export function firstInvalidField(errors: DraftErrors): DraftField | undefined {
  return FIELD_ORDER.find((field) => errors[field]);
}

/**
 * The list of problems shown after a submit. It lives in an always-present aria-live region so the
 * count is announced; fixed items drop out of the list as the user corrects them.
 */
export function ErrorSummary({
  fields,
  errors,
  idOf,
}: {
  fields: readonly DraftField[];
  errors: DraftErrors;
  idOf: (field: DraftField) => string;
}) {
  const open = fields.filter((field) => errors[field]);
  return (
    <div aria-live="polite">
      {open.length > 0 ? (
        <div className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3">
          <h2 className="font-bold text-slate-900">
            {open.length === 1 ? 'One answer needs a change' : `${open.length} answers need a change`} before we can rank programs:
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {open.map((field) => (
              <li key={field}>
                <a
                  href={`#${idOf(field)}`}
                  className="text-red-800 hover:text-red-900"
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(idOf(field));
                  }}
                >
                  {errors[field]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
