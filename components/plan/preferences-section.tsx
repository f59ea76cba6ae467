import { CheckboxGroup, RadioGroup } from '@/components/ui/choice-group';
import { MultiSelect } from '@/components/ui/multi-select';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import type { SpecialtyOption } from '@/lib/catalog/specialties';
import { MAX_SPECIALTIES } from '@/lib/schemas/recommendation-rules';
import { fieldId, FormSection, type SectionProps } from './form-section';
import { MATCH_TARGET_OPTIONS, PROGRAM_TYPE_OPTIONS, SETTING_OPTIONS, STATE_OPTIONS } from './plan-options';

const MULTI_SELECT_HINT = 'Optional. Choose several with Ctrl or ⌘ held down (Shift for a range); on a phone, tap each one.';

/**
 * The main specialty, then its backups: the first code of `chosen` is the main one (the reply's
 * first strategy), the rest backups in the order the list shows them.
 */
function SpecialtyChoice({
  options,
  chosen,
  onChange,
  error,
}: {
  options: readonly { value: string; label: string }[];
  chosen: readonly string[];
  onChange: (values: string[]) => void;
  error?: string;
}) {
  const main = chosen[0] ?? '';
  const backups = chosen.slice(1);
  const backupOptions = options.filter((option) => option.value !== main);
  return (
    <div className="flex flex-col gap-4">
      <div className="max-w-md">
        <SelectField
          id={fieldId('specialties')}
          label="Main specialty"
          hint="The specialty you most want: its strategy comes first."
          options={[{ value: '', label: 'Choose a specialty' }, ...options]}
          value={main}
          onValueChange={(value) => onChange(value === '' ? [] : [value, ...backups.filter((code) => code !== value)])}
          error={error}
        />
      </div>
      {main !== '' ? (
        <CheckboxGroup
          id={`${fieldId('specialties')}-backups`}
          legend="Backup specialties"
          hint={`Optional: up to ${MAX_SPECIALTIES - 1}. Each gets its own list and strategy, after the main one.`}
          options={backupOptions}
          values={backups.filter((code) => code !== main)}
          onValuesChange={(values) => onChange([main, ...values])}
          columns={3}
        />
      ) : null}
    </div>
  );
}

export function PreferencesSection({ draft, errorFor, update, specialties }: SectionProps & { specialties: readonly SpecialtyOption[] }) {
  const specialtyOptions = specialties.map((specialty) => ({ value: specialty.code, label: specialty.name }));
  return (
    <FormSection title="Preferences">
      {specialtyOptions.length === 0 ? (
        <Notice tone="error" title="No specialties to choose from">
          The program catalog is empty right now. Please try again later.
        </Notice>
      ) : (
        <SpecialtyChoice
          options={specialtyOptions}
          chosen={draft.specialties}
          onChange={(values) => update('specialties', values)}
          error={errorFor('specialties')}
        />
      )}
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <MultiSelect
          id={fieldId('preferredStates')}
          label="Preferred states"
          hint={MULTI_SELECT_HINT}
          options={STATE_OPTIONS}
          values={draft.preferredStates}
          onValuesChange={(values) => update('preferredStates', values)}
          error={errorFor('preferredStates')}
        />
        <MultiSelect
          id={fieldId('excludedStates')}
          label="Excluded states"
          hint={`${MULTI_SELECT_HINT} Programs in these states are left out.`}
          options={STATE_OPTIONS}
          values={draft.excludedStates}
          onValuesChange={(values) => update('excludedStates', values)}
          error={errorFor('excludedStates')}
        />
      </div>
      <CheckboxGroup
        id={fieldId('programTypes')}
        legend="Program types"
        hint="Optional. Leave all unticked if any type suits you."
        options={PROGRAM_TYPE_OPTIONS}
        values={draft.programTypes}
        onValuesChange={(values) => update('programTypes', values)}
        error={errorFor('programTypes')}
        columns={2}
      />
      <CheckboxGroup
        id={fieldId('settings')}
        legend="Settings"
        hint="Optional. Leave all unticked if any setting suits you."
        options={SETTING_OPTIONS}
        values={draft.settings}
        onValuesChange={(values) => update('settings', values)}
        error={errorFor('settings')}
        columns={3}
      />
      <RadioGroup
        id={fieldId('matchTarget')}
        legend="Chance of matching to aim for"
        hint="We recommend the fewest applications that reach it, and show the counts for all three."
        options={MATCH_TARGET_OPTIONS}
        value={draft.matchTarget}
        onValueChange={(value) => update('matchTarget', value)}
        error={errorFor('matchTarget')}
        columns={3}
      />
    </FormSection>
  );
}
