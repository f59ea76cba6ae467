import { TextField } from '@/components/ui/text-field';

interface EmailFieldProps {
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
}

/** The "Email" field of the sign-in and sign-up forms. */
export function EmailField({ value, onValueChange, error }: EmailFieldProps) {
  return (
    <TextField
      id="email"
      label="Email"
      type="email"
      autoComplete="email"
      inputMode="email"
      spellCheck={false}
      width="wide"
      value={value}
      onValueChange={onValueChange}
      error={error}
      required
    />
  );
}
