import { TextField } from '@/components/ui/text-field';
import { COMLEX_MAX, COMLEX_MIN, STEP2_MAX, STEP2_MIN } from '@/lib/schemas/recommendation-rules';
import { fieldId, FormSection, type SectionProps } from './form-section';

export function ScoresSection({ draft, errorFor, update }: SectionProps) {
  return (
    <FormSection
      title="Scores"
      description="Leave a score empty if you don't have it yet: we then assume what is typical for applicants like you, and widen the ranges."
    >
      <TextField
        id={fieldId('step2Score')}
        label="Step 2 CK score"
        hint={`Optional. Your USMLE Step 2 CK three-digit score (${STEP2_MIN}–${STEP2_MAX}).`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={3}
        value={draft.step2Score}
        onValueChange={(value) => update('step2Score', value)}
        error={errorFor('step2Score')}
      />
      {draft.applicantType === 'US_DO' ? (
        <TextField
          id={fieldId('comlexLevel2Score')}
          label="COMLEX Level 2-CE score"
          hint={`Optional. Your COMLEX-USA Level 2-CE score (${COMLEX_MIN}–${COMLEX_MAX}).`}
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          value={draft.comlexLevel2Score}
          onValueChange={(value) => update('comlexLevel2Score', value)}
          error={errorFor('comlexLevel2Score')}
        />
      ) : null}
      <TextField
        id={fieldId('examFailures')}
        label="Failed attempts"
        hint="Failed USMLE or COMLEX attempts, all steps together. 0 if none."
        inputMode="numeric"
        autoComplete="off"
        maxLength={2}
        value={draft.examFailures}
        onValueChange={(value) => update('examFailures', value)}
        error={errorFor('examFailures')}
      />
      <TextField
        id={fieldId('researchItems')}
        label="Research items"
        hint="Optional. Abstracts, posters and publications, counted together."
        inputMode="numeric"
        autoComplete="off"
        maxLength={3}
        value={draft.researchItems}
        onValueChange={(value) => update('researchItems', value)}
        error={errorFor('researchItems')}
      />
    </FormSection>
  );
}
