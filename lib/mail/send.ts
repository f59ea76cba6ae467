// Outgoing mail (issue 17: password reset). SMTP when SMTP_HOST is set (nodemailer); otherwise,
// outside production, each message is written to MAIL_DIR (.data/mail) as an .eml file, so a local
// install can follow a reset link without a mail server; in production without SMTP there is no
// mail, and pages that need it say so. Settings are read on every send (not cached with the rest of
// the environment), so a test can start its own SMTP server first.
import 'server-only';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { z } from 'zod';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const mailEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SMTP_HOST: z.preprocess(blankToUndefined, z.string().trim().optional()),
  SMTP_PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65_535).default(587)),
  /** "true": TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  SMTP_SECURE: z.preprocess(blankToUndefined, z.enum(['true', 'false']).default('false')),
  SMTP_USER: z.preprocess(blankToUndefined, z.string().optional()),
  SMTP_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()),
  MAIL_FROM: z.preprocess(blankToUndefined, z.string().default('SmartPick <no-reply@smartpick.invalid>')),
  MAIL_DIR: z.preprocess(blankToUndefined, z.string().default('.data/mail')),
});

export type MailEnv = z.infer<typeof mailEnvSchema>;

export function mailEnv(env: NodeJS.ProcessEnv = process.env): MailEnv {
  const parsed = mailEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Mail settings need attention: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}. See .env.example.`);
  return parsed.data;
}

export type MailDelivery = 'smtp' | 'file' | 'none';

/** How mail goes out with these settings: SMTP, .eml files (not in production), or not at all. */
export function mailDelivery(env: MailEnv = mailEnv()): MailDelivery {
  if (env.SMTP_HOST) return 'smtp';
  return env.NODE_ENV === 'production' ? 'none' : 'file';
}

export interface Message {
  to: string;
  subject: string;
  text: string;
}

export class MailUnavailableError extends Error {
  constructor() {
    super('No mail server is configured (SMTP_HOST), so SmartPick cannot send mail.');
  }
}

/** Sends one message as the settings say; throws MailUnavailableError when there is no way to. */
export async function sendMail(message: Message, env: MailEnv = mailEnv()): Promise<void> {
  const delivery = mailDelivery(env);
  if (delivery === 'none') throw new MailUnavailableError();
  const mail = { from: env.MAIL_FROM, to: message.to, subject: message.subject, text: message.text };
  if (delivery === 'smtp') {
    const transport = nodemailer.createTransport({
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE === 'true',
      ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    try {
      await transport.sendMail(mail);
    } finally {
      transport.close();
    }
    return;
  }
  // The raw message as SMTP would carry it, into a file of its own.
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail(mail);
  const dir = path.resolve(env.MAIL_DIR);
  await mkdir(dir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${built.messageId.replace(/[^\w.-]/g, '')}.eml`;
  await writeFile(path.join(dir, name), built.message as Buffer, { mode: 0o600 });
}
