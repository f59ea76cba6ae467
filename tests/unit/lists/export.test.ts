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
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every record, the header included, with CRLF', () => {
    expect(listToCsv([])).toBe('rank,acgme_id,program,institution,city,state,specialty,tier,interview_chance_pct,fit,status,note\r\n');
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
