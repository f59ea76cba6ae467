// Sign-up and sign-in payloads.
import { z } from 'zod';
import './jitless';
import { PASSWORD_MAX_LENGTH } from '@/lib/auth/password-rules';
import { hasNul, NUL_MESSAGE } from './text';

export const emailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'That email address is too long' })
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com' }));

export const registerSchema = z.strictObject({
  email: emailSchema,
  password: z.string({ error: 'Choose a password' }).min(1, { error: 'Choose a password' }).max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters` }),
  name: z
    .string()
    .trim()
    .max(100, { error: 'Use at most 100 characters' })
    .refine((name) => !hasNul(name), { error: NUL_MESSAGE })
    .optional(),
});

export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export type RegisterInput = z.infer<typeof registerSchema>;

/** POST /api/password-reset (issue 17). */
export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });

/** POST /api/password-reset/confirm: the link's token (43 URL-safe characters) and the new password. */
export const passwordResetConfirmSchema = z.strictObject({
  token: z
    .string({ error: 'The reset link is incomplete: open the link from the email again.' })
    .regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'The reset link is incomplete: open the link from the email again.' }),
  password: z
    .string({ error: 'Choose a new password' })
    .min(1, { error: 'Choose a new password' })
    .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters` }),
});
