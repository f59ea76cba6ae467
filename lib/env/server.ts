// The server's environment, read once and validated (.env.example documents every variable).
import { z } from 'zod';

/** Rankings per client address per minute: a person refining a plan makes a few; a scraper, many. */
export const DEFAULT_RECOMMENDATIONS_PER_MINUTE = 60;

/** Sign-ups per client address per hour: a household or a classroom behind one address, not a script. */
export const DEFAULT_SIGN_UPS_PER_HOUR = 10;
/** Sign-in attempts per client address per 15 minutes, unless SIGN_IN_RATE_LIMIT says otherwise. */
export const DEFAULT_SIGN_INS_PER_15_MINUTES = 20;

const RATE_LIMIT_MESSAGE = 'RECOMMENDATIONS_RATE_LIMIT is a whole number of rankings per minute, 0–100000 (0 turns the limit off)';

const optionalText = z.string().trim().min(1).optional().catch(undefined);

const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: optionalText,
    AUTH_SECRET: z.string().min(32, { error: 'AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)' }).optional(),
    NEXTAUTH_URL: z.url({ error: 'NEXTAUTH_URL must be the site’s public URL, e.g. https://smartpick.example.org' }).optional(),
    GITHUB_ID: optionalText,
    GITHUB_SECRET: optionalText,
    GOOGLE_CLIENT_ID: optionalText,
    GOOGLE_CLIENT_SECRET: optionalText,
    /** How many proxies in front of the app append to X-Forwarded-For; 0: trust none. */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** POST /api/recommendations per client address per minute, per app instance; 0: no limit. */
    RECOMMENDATIONS_RATE_LIMIT: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce
        .number({ error: RATE_LIMIT_MESSAGE })
        .int({ error: RATE_LIMIT_MESSAGE })
        .min(0, { error: RATE_LIMIT_MESSAGE })
        .max(100_000, { error: RATE_LIMIT_MESSAGE })
        .default(DEFAULT_RECOMMENDATIONS_PER_MINUTE),
    ),
    /** Sign-ups per client address per hour (shared through PostgreSQL). */
    SIGN_UP_RATE_LIMIT: z.coerce
      .number({ error: 'SIGN_UP_RATE_LIMIT is a whole number of sign-ups per address per hour, 1–100000' })
      .int()
      .min(1)
      .max(100_000)
      .default(DEFAULT_SIGN_UPS_PER_HOUR),
    /** Sign-in attempts per client address per 15 minutes (shared through PostgreSQL); the per-account limits stay as they are. */
    SIGN_IN_RATE_LIMIT: z.coerce
      .number({ error: 'SIGN_IN_RATE_LIMIT is a whole number of sign-in attempts per address per 15 minutes, 1–100000' })
      .int()
      .min(1)
      .max(100_000)
      .default(DEFAULT_SIGN_INS_PER_15_MINUTES),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'AUTH_SECRET is required in production: set it to a random string of 32+ characters (openssl rand -base64 32).',
      });
    }
  });

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

/** The validated environment; throws one readable message listing every problem. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`SmartPick cannot start: the environment needs attention.\n${problems}\nSee .env.example.`);
  }
  cached = parsed.data;
  return cached;
}

export function githubSignInEnabled(env = serverEnv()): boolean {
  return Boolean(env.GITHUB_ID && env.GITHUB_SECRET);
}

export function googleSignInEnabled(env = serverEnv()): boolean {
  return Boolean(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET);
}
