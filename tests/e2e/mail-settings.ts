// The browser tests' own SMTP server (tests/e2e/smtp-sink.ts): its port, and where it writes each message.
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3125);
export const E2E_MAIL_DIR = '.data/e2e-mail';
