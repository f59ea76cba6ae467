'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useIsClient } from '@/components/ui/use-is-client';
import { emailSchema } from '@/lib/schemas/auth';
import { signInWithPassword, type SignInOutcome } from './auth-client';
import { EmailField } from './email-field';
import { FormAlert } from './form-alert';

type Field = 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

// The same words whichever of the two was wrong: the page never tells whether an account exists.
const OUTCOME_MESSAGE: Record<Exclude<SignInOutcome, 'signed_in'>, string> = {
  wrong_credentials: 'Email or password is incorrect.',
  too_many_attempts: 'Too many attempts: wait a few minutes and try again.',
  failed: 'We couldn’t sign you in just now. Check your connection and try again.',
};

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  const parsedEmail = emailSchema.safeParse(email);
  if (email.trim() === '') errors.email = 'Enter your email address';
  else if (!parsedEmail.success) errors.email = parsedEmail.error.issues[0]?.message;
  if (password === '') errors.password = 'Enter your password';
  return errors;
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  // Disabled until hydrated: a native submit before then would put the password in the URL.
  const isClient = useIsClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const submittingRef = useRef(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submittingRef.current) return;
    const found = validate(email, password);
    if (found.email || found.password) {
      flushSync(() => {
        setErrors(found);
        setAlert(null);
      });
      document.getElementById(found.email ? 'email' : 'password')?.focus();
      return;
    }
    setErrors({});
    setAlert(null);
    submittingRef.current = true;
    setSubmitting(true);
    const outcome = await signInWithPassword(emailSchema.parse(email), password);
    if (outcome === 'signed_in') {
      // A full load, so the header and every server component see the new session.
      window.location.assign(callbackUrl);
      return;
    }
    submittingRef.current = false;
    setSubmitting(false);
    setAlert(OUTCOME_MESSAGE[outcome]);
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      <FormAlert id="signin-alert" title={alert ? 'You are not signed in' : undefined}>
        {alert}
      </FormAlert>
      <fieldset disabled={!isClient} className="flex min-w-0 flex-col gap-5">
        <legend className="sr-only">Your email and password</legend>
        <EmailField value={email} onValueChange={setEmail} error={errors.email} />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          width="wide"
          value={password}
          onValueChange={setPassword}
          error={errors.password}
          required
        />
        <div>
          <Button type="submit" aria-disabled={submitting || undefined}>
            {submitting ? 'Signing in…' : 'Sign in'}
          </Button>
        </div>
      </fieldset>
      <p className="text-slate-800">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      <p className="text-slate-800">
        New to SmartPick? <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>
      </p>
    </form>
  );
}
