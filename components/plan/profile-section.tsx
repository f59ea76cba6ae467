import { CheckboxGroup, RadioGroup } from '@/components/ui/choice-group';
import { TextField } from '@/components/ui/text-field';
import { GRADUATION_YEAR_MAX, GRADUATION_YEAR_MIN } from '@/lib/schemas/recommendation-rules';
import { fieldId, FormSection, type SectionProps } from './form-section';
import { APPLICANT_TYPE_OPTIONS, isImg, MILITARY_OPTIONS, VISA_OPTIONS } from './plan-options';

export function ProfileSection({ draft, errorFor, update }: SectionProps) {
  return (
    <FormSection title="Your profile">
      <RadioGroup
        id={fieldId('applicantType')}
        legend="Applicant type"
        options={APPLICANT_TYPE_OPTIONS}
        value={draft.applicantType}
        onValueChange={(value) => update('applicantType', value)}
        error={errorFor('applicantType')}
        columns={2}
      />
      <TextField
        id={fieldId('graduationYear')}
        label="Graduation year"
        hint={`The year you graduated, or will graduate, from medical school (${GRADUATION_YEAR_MIN}–${GRADUATION_YEAR_MAX}).`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        value={draft.graduationYear}
        onValueChange={(value) => update('graduationYear', value)}
        error={errorFor('graduationYear')}
      />
      <RadioGroup
        id={fieldId('visaNeeded')}
        legend="Visa"
        hint="Do you need a visa sponsored by the program to train in the US?"
        options={VISA_OPTIONS}
        value={draft.visaNeeded}
        onValueChange={(value) => update('visaNeeded', value)}
        error={errorFor('visaNeeded')}
        columns={2}
      />
      <CheckboxGroup
        id={fieldId('military')}
        legend="Military programs"
        hint="Military residency programs take only service members and those with a service commitment. Leave unticked otherwise: they are left out of your list."
        options={MILITARY_OPTIONS}
        values={draft.military}
        onValuesChange={(values) => update('military', values)}
        error={errorFor('military')}
      />
      {isImg(draft.applicantType) ? (
        <TextField
          id={fieldId('usceMonths')}
          label="US clinical experience (months)"
          hint="Optional. Hands-on clinical months in the US: clerkships, sub-internships, externships. Leave empty if you'd rather not say."
          inputMode="numeric"
          autoComplete="off"
          value={draft.usceMonths}
          onValueChange={(value) => update('usceMonths', value)}
          error={errorFor('usceMonths')}
        />
      ) : null}
    </FormSection>
  );
}
