// An SMTP server for the browser tests (issue 17): the e2e app sends its mail here (SMTP_HOST /
// SMTP_PORT in playwright.config.ts), and each message lands in E2E_MAIL_DIR as an .eml file for the
// tests to read. Started by Playwright beside the app; stopped with it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { E2E_MAIL_DIR, E2E_SMTP_PORT } from './mail-settings';

const dir = path.resolve(E2E_MAIL_DIR);
const port = E2E_SMTP_PORT;
mkdirSync(dir, { recursive: true });
let count = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 1_000_000,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      count += 1;
      writeFileSync(path.join(dir, `${Date.now()}-${count}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
server.listen(port, '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
