import type { DraftField, PlanDraft } from './plan-draft';

export interface SectionProps {
  draft: PlanDraft;
  /** The error to show now: only for fields the user has changed, or all after a submit. */
  errorFor: (field: DraftField) => string | undefined;
  update: <K extends DraftField>(field: K, value: PlanDraft[K]) => void;
}

/** The id of a field's control (or of its fieldset, for groups). */
export function fieldId(field: DraftField): string {
  return `plan-${field}`;
}

/** A titled part of the form: a fieldset whose legend is also a heading, for heading navigation. */
export function FormSection({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-6 rounded-lg border border-slate-300 p-4 sm:p-6">
      <legend className="px-1">
        <h2 className="text-xl font-bold text-slate-900">{title}</h2>
      </legend>
      {description ? <p className="-mt-2 text-slate-700">{description}</p> : null}
      {children}
    </fieldset>
  );
}
