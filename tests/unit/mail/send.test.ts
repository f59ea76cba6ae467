import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mailDelivery, mailEnv, MailUnavailableError, sendMail } from '@/lib/mail/send';

describe('how mail goes out (issue 17)', () => {
  it.each([
    [{ NODE_ENV: 'production', SMTP_HOST: 'smtp.example.org' }, 'smtp'],
    [{ NODE_ENV: 'development', SMTP_HOST: 'smtp.example.org' }, 'smtp'],
    [{ NODE_ENV: 'development', SMTP_HOST: '' }, 'file'],
    [{ NODE_ENV: 'test' }, 'file'],
    [{ NODE_ENV: 'production', SMTP_HOST: '  ' }, 'none'],
  ] as const)('%j → %s', (env, delivery) => {
    expect(mailDelivery(mailEnv(env as unknown as NodeJS.ProcessEnv))).toBe(delivery);
  });

  it('writes each message as an .eml file without SMTP, outside production', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'smartpick-mail-'));
    try {
      await sendMail({ to: 'a@example.org', subject: 'Hello', text: 'A link: http://localhost:3000/reset-password?token=abc' }, mailEnv({ NODE_ENV: 'development', MAIL_DIR: dir } as unknown as NodeJS.ProcessEnv));
      const files = await readdir(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const raw = await readFile(path.join(dir, files[0]!), 'utf8');
      expect(raw).toMatch(/^To: a@example\.org$/m);
      expect(raw).toMatch(/^Subject: Hello$/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to send in production without SMTP', async () => {
    await expect(sendMail({ to: 'a@example.org', subject: 'x', text: 'y' }, mailEnv({ NODE_ENV: 'production' } as unknown as NodeJS.ProcessEnv))).rejects.toThrow(MailUnavailableError);
  });
});
