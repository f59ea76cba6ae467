// npm run catalog:import -- FILE|DIR [--format eras|nrmp|canonical] [--dry-run] [--replace-demo]
//   [--json] [--name NAME] [--year YYYY] [--by NAME]
// Exit codes: 0 applied (or dry run done), 1 fatal (nothing changed), 2 usage error.
// With --json the report is the last line of stdout; everything else goes to stderr.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/lib/db/create-client';
import { importCatalog } from '@/lib/catalog/import/import-catalog';
import { formatReport, type FatalReport } from '@/lib/catalog/import/report';
import { FatalImportError, IMPORT_FORMATS, type ImportFormat } from '@/lib/catalog/import/types';

const USAGE =
  'Usage: npm run catalog:import -- FILE|DIR [--format eras|nrmp|canonical] [--dry-run] [--replace-demo] [--json] [--name NAME] [--year YYYY] [--by NAME]';

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'replace-demo': { type: 'boolean' },
        json: { type: 'boolean' },
        name: { type: 'string' },
        year: { type: 'string' },
        by: { type: 'string' },
      },
    });
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !positionals[0]) usageError('Name exactly one file or directory to import.');
  const format = values.format;
  if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    usageError(`Unknown format "${format}": use eras, nrmp or canonical.`);
  }
  if (values.year !== undefined && !/^(19|20)\d{2}$/.test(values.year)) usageError(`--year must be a year like 2021 (got "${values.year}").`);
  if (values.name !== undefined && values.name.trim() === '') usageError('--name must not be empty.');
  return {
    path: positionals[0],
    format: format as ImportFormat | undefined,
    dryRun: values['dry-run'] ?? false,
    replaceDemo: values['replace-demo'] ?? false,
    json: values.json ?? false,
    name: values.name?.trim(),
    year: values.year ? Number(values.year) : undefined,
    importedBy: values.by?.trim() || userInfo().username,
  };
}

async function main(): Promise<number> {
  const { json, ...options } = readOptions();
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set: run through `npm run catalog:import`, which provides a database.');
    return 1;
  }
  const db = createPrismaClient(url);
  const started = performance.now();
  try {
    const report = await importCatalog(db, options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const text = `${formatReport(report)}\nDone in ${seconds} s.`;
    if (json) {
      console.error(text);
      console.log(JSON.stringify(report));
    } else {
      console.log(text);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof FatalImportError)) throw error;
    console.error(`Import failed, nothing was changed: ${error.message}`);
    if (json) {
      const fatal: FatalReport = { fatal: error.message, ...(error.where ?? {}) };
      console.log(JSON.stringify({ read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: [], ...fatal }));
    }
    return 1;
  } finally {
    await db.$disconnect();
  }
}

// exitCode, not process.exit(): a report larger than the pipe's buffer must be flushed first.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
