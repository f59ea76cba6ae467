import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvContentDisposition, csvField, csvFileName, listToCsv } from '@/lib/lists/export';

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [62.5, '62.5'],
    ['0401299001', '0401299001'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['  =1+1', "  '=1+1"],
    // Issue 14, W7: separators of other locales are quoted, and a formula after any separator is neutralised.
    ['x;=1+1', `"x;'=1+1"`],
    ['x; =1+1', `"x; '=1+1"`],
    ['a,+b', `"a,'+b"`],
    ['a\t@b', `"a\t'@b"`],
    ['line\n-1', `"line\n'-1"`],
    ['semi;colon', '"semi;colon"'],
    ['3-5 interviews', '3-5 interviews'],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('never leaves a formula prefix at the start of any piece a spreadsheet could split a field into', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', ' ', ',', ';', '\t', '\n', '\r', '"', '=', '+', '-', '@', '＝', '1'), { maxLength: 12 }), (pieces) => {
        const field = csvField(pieces.join(''));
        const inner = field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
        for (const piece of inner.split(/[,;\t\r\n]/)) expect(piece.trimStart()).not.toMatch(/^[=+\-@＝]/);
        if (/[,;\t"\r\n]/.test(inner)) expect(field.startsWith('"') && field.endsWith('"')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('ends every record, the header included, with CRLF', () => {
    expect(listToCsv([])).toBe('rank,acgme_id,program,institution,city,state,specialty,tier,interview_chance_pct,fit,status,note,match_chance_pct,signal\r\n');
  });
});

describe('CSV file names', () => {
  it.each([
    ['My list', 'My-list.csv'],
    ['../../etc/passwd', 'etc-passwd.csv'],
    ['Señor — 2026', 'Senor-2026.csv'],
    ['"quoted"; evil=1', 'quoted-evil-1.csv'],
    ['日本語', 'smartpick-list.csv'],
    ['x'.repeat(200), `${'x'.repeat(80)}.csv`],
  ])('names the download for %j: %j', (name, expected) => {
    expect(csvFileName(name)).toBe(expected);
  });

  it('adds the UTF-8 name, encoded, and survives a lone surrogate', () => {
    expect(csvContentDisposition('日本語 list')).toBe(`attachment; filename="list.csv"; filename*=UTF-8''${encodeURIComponent('日本語 list.csv')}`);
    expect(csvContentDisposition('bad \ud800 name')).toBe(`attachment; filename="bad-name.csv"; filename*=UTF-8''bad%20name.csv`);
  });
});
