'use client';

// The two steps of a password reset (issue 17): ask for a link by email, then choose a new password
// with the link's token. The server answers the first the same way whether or not the account exists.
import Link from 'next/link';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { TextField } from '@/components/ui/text-field';
import { useIsClient } from '@/components/ui/use-is-client';
import { passwordWeakness } from '@/lib/auth/password-rules';
import { emailSchema } from '@/lib/schemas/auth';
import { EmailField } from './email-field';
import { FormAlert } from './form-alert';

async function postJson(path: string, body: unknown): Promise<{ status: number; body: { message?: string; error?: { message?: string; fields?: Record<string, string[]> } } | null }> {
  try {
    const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    let parsed = null;
    try {
      parsed = await response.json();
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed };
  } catch {
    return { status: 0, body: null };
  }
}

function failureWords(status: number, message: string | undefined): string {
  if (status === 429) return 'Too many requests from here: wait a while and try again.';
  if (status === 0) return 'We couldn’t reach SmartPick. Check your connection and try again.';
  return message ?? 'Something went wrong. Try again in a moment.';
}

export function ForgotPasswordForm() {
  const isClient = useIsClient();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [alert, setAlert] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const sendingRef = useRef(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sendingRef.current) return;
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) {
      flushSync(() => setError(email.trim() === '' ? 'Enter your email address' : parsed.error.issues[0]?.message));
      document.getElementById('email')?.focus();
      return;
    }
    setError(undefined);
    setAlert(null);
    sendingRef.current = true;
    setSending(true);
    const answer = await postJson('/api/password-reset', { email: parsed.data });
    sendingRef.current = false;
    setSending(false);
    if (answer.status === 202) setSent(answer.body?.message ?? 'If an account uses that address, we have sent it a link.');
    else setAlert(failureWords(answer.status, answer.body?.error?.message));
  };

  if (sent) {
    return (
      <Notice title="Check your email" role="status">
        <p>{sent}</p>
        <p className="mt-2">
          Nothing after a few minutes? Check the spam folder, or <Link href="/forgot-password">ask again</Link>.
        </p>
      </Notice>
    );
  }
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      <FormAlert id="reset-alert" title={alert ? 'No link was sent' : undefined}>
        {alert}
      </FormAlert>
      <fieldset disabled={!isClient} className="flex min-w-0 flex-col gap-5">
        <legend className="sr-only">Your account’s email address</legend>
        <EmailField value={email} onValueChange={setEmail} error={error} />
        <div>
          <Button type="submit" aria-disabled={sending || undefined}>
            {sending ? 'Sending…' : 'Email me a reset link'}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const isClient = useIsClient();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (savingRef.current) return;
    const weakness = password === '' ? 'Choose a new password' : passwordWeakness(password);
    if (weakness) {
      flushSync(() => setError(weakness));
      document.getElementById('new-password')?.focus();
      return;
    }
    setError(undefined);
    setAlert(null);
    savingRef.current = true;
    setSaving(true);
    const answer = await postJson('/api/password-reset/confirm', { token, password });
    savingRef.current = false;
    setSaving(false);
    if (answer.status === 200) {
      setDone(answer.body?.message ?? 'Your password is changed.');
      return;
    }
    const fields = answer.body?.error?.fields;
    if (fields?.password) {
      flushSync(() => setError(fields.password![0]));
      document.getElementById('new-password')?.focus();
      return;
    }
    setAlert(failureWords(answer.status, fields?.token?.[0] ?? answer.body?.error?.message));
  };

  if (done) {
    return (
      <Notice title="Password changed" role="status">
        <p>{done}</p>
        <p className="mt-2">
          <Link href="/signin">Sign in</Link>
        </p>
      </Notice>
    );
  }
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      <FormAlert id="reset-password-alert" title={alert ? 'Your password is not changed' : undefined}>
        {alert ? (
          <>
            {alert} <Link href="/forgot-password">Ask for a new link</Link>
          </>
        ) : null}
      </FormAlert>
      <fieldset disabled={!isClient} className="flex min-w-0 flex-col gap-5">
        <legend className="sr-only">Your new password</legend>
        <TextField
          id="new-password"
          label="New password"
          type="password"
          autoComplete="new-password"
          width="wide"
          hint="At least 10 characters."
          value={password}
          onValueChange={setPassword}
          error={error}
          required
        />
        <div>
          <Button type="submit" aria-disabled={saving || undefined}>
            {saving ? 'Saving…' : 'Set my new password'}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
