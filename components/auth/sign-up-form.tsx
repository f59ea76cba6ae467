'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useIsClient } from '@/components/ui/use-is-client';
import { PASSWORD_MIN_LENGTH, passwordWeakness } from '@/lib/auth/password-rules';
import { registerSchema } from '@/lib/schemas/auth';
import { register, signInWithPassword } from './auth-client';
import { EmailField } from './email-field';
import { FormAlert } from './form-alert';

type Field = 'name' | 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;
const FIELD_ORDER: readonly Field[] = ['name', 'email', 'password'];
const NOT_CREATED = 'Your account was not created';

function validate(name: string, email: string, password: string): FieldErrors {
  const parsed = registerSchema.safeParse({ email, password, ...(name.trim() ? { name } : {}) });
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === 'name' || field === 'email' || field === 'password') && !errors[field]) errors[field] = issue.message;
    }
  }
  if (email.trim() === '') errors.email = 'Enter your email address';
  if (password === '') errors.password = 'Choose a password';
  if (!errors.password) {
    const weakness = passwordWeakness(password, parsed.success ? parsed.data.email : email);
    if (weakness) errors.password = weakness;
  }
  return errors;
}

function minutes(seconds: number | null): string {
  if (!seconds) return 'a while';
  const count = Math.ceil(seconds / 60);
  return count === 1 ? 'a minute' : `${count} minutes`;
}

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const isClient = useIsClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<{ title: string; body: React.ReactNode } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const submittingRef = useRef(false);
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  const showErrors = (found: FieldErrors, message: React.ReactNode) => {
    const next = message ? { title: NOT_CREATED, body: message } : null;
    flushSync(() => {
      setErrors(found);
      setAlert(next);
    });
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) document.getElementById(first)?.focus();
  };

  const finish = () => {
    submittingRef.current = false;
    setSubmitting(false);
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submittingRef.current) return;
    const found = validate(name, email, password);
    if (Object.keys(found).length > 0) {
      showErrors(found, null);
      return;
    }
    setErrors({});
    setAlert(null);
    submittingRef.current = true;
    setSubmitting(true);
    const address = email.trim().toLowerCase();
    const outcome = await register({ email: address, password, ...(name.trim() ? { name: name.trim() } : {}) });
    if (outcome.kind === 'email_taken') {
      finish();
      showErrors(
        { email: 'An account with this email already exists.' },
        <p>
          An account with this email already exists. <Link href={signInHref}>Sign in instead</Link>.
        </p>,
      );
      return;
    }
    if (outcome.kind === 'invalid') {
      finish();
      const fields: FieldErrors = {};
      for (const field of FIELD_ORDER) {
        const reason = outcome.fields[field]?.[0];
        if (reason) fields[field] = reason;
      }
      showErrors(fields, <p>{outcome.message}</p>);
      return;
    }
    if (outcome.kind === 'too_many') {
      finish();
      setAlert({
        title: NOT_CREATED,
        body: <p>Too many accounts were created from this network. Try again in {minutes(outcome.retryAfterSeconds)}.</p>,
      });
      return;
    }
    if (outcome.kind === 'failed') {
      finish();
      setAlert({ title: NOT_CREATED, body: <p>We couldn’t create your account just now. Check your connection and try again.</p> });
      return;
    }
    const signedIn = await signInWithPassword(address, password);
    if (signedIn === 'signed_in') {
      window.location.assign(callbackUrl);
      return;
    }
    finish();
    setAlert({
      title: 'Your account is ready',
      body: (
        <p>
          We couldn’t sign you in automatically. <Link href={signInHref}>Sign in</Link> with your new email and password.
        </p>
      ),
    });
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      <FormAlert id="signup-alert" title={alert?.title}>
        {alert?.body}
      </FormAlert>
      <fieldset disabled={!isClient} className="flex min-w-0 flex-col gap-5">
        <legend className="sr-only">Your account</legend>
        <TextField
          id="name"
          label="Name (optional)"
          autoComplete="name"
          width="wide"
          value={name}
          onValueChange={setName}
          error={errors.name}
          maxLength={100}
        />
        <EmailField value={email} onValueChange={setEmail} error={errors.email} />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          width="wide"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words are strong and easy to remember.`}
          value={password}
          onValueChange={setPassword}
          error={errors.password}
          required
        />
        <div>
          <Button type="submit" aria-disabled={submitting || undefined}>
            {submitting ? 'Creating your account…' : 'Create account'}
          </Button>
        </div>
      </fieldset>
      <p className="text-slate-800">
        Already have an account? <Link href={signInHref}>Sign in</Link>
      </p>
    </form>
  );
}
