// The import report: the JSON object `--json` prints, and the text an operator reads.
import { describeRow, type ImportFormat, type Rejection, type Repair } from './types';

export interface ImportReport {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  repaired: Repair[];
  dryRun: boolean;
  importId: number | null;
  name: string;
  format: ImportFormat;
  fileName: string;
  /** Accepted rows (inserted + updated + unchanged) by specialty code. */
  bySpecialty: Record<string, number>;
  /** Demo programs removed by --replace-demo, by specialty code. */
  replacedDemo: Record<string, number>;
}

export interface FatalReport {
  fatal: string;
  row?: number;
  file?: string;
}

/** Groups reasons that differ only in their quoted values, program codes and numbers, most frequent first. */
export function groupReasons(messages: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const message of messages) {
    const pattern = message
      .replace(/"[^"]*"/g, '"…"')
      .replace(/\b\d{7}[A-Z]\d\b/g, 'CODE')
      .replace(/\d+/g, 'N');
    counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

export function formatReport(report: ImportReport, detailLimit = 20): string {
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written)' : `Import ${report.importId}`}: "${report.name}" from ${report.fileName} (${report.format})`,
    `Rows read ${report.read}: inserted ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}.`,
  ];
  const replaced = Object.entries(report.replacedDemo);
  if (replaced.length > 0) lines.push(`Demo programs replaced: ${replaced.map(([code, n]) => `${code} ${n}`).join(', ')}.`);
  if (report.rejected.length > 0) {
    lines.push('Rejections by reason:');
    for (const [reason, count] of groupReasons(report.rejected.map((r) => r.reason))) lines.push(`  ${count} × ${reason}`);
    lines.push(`First ${Math.min(detailLimit, report.rejected.length)} rejections:`);
    for (const r of report.rejected.slice(0, detailLimit)) lines.push(`  ${describeRow(r)}: ${r.reason}`);
  }
  if (report.repaired.length > 0) {
    lines.push('Repairs by kind:');
    for (const [repair, count] of groupReasons(report.repaired.map((r) => r.repair))) lines.push(`  ${count} × ${repair}`);
  }
  return lines.join('\n');
}
