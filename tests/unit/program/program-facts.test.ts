import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProgramFacts } from '@/components/program/program-facts';
import type { ProgramFacts as Facts, SourcedProgram } from '@/lib/catalog/program-detail';
import { PROGRAM_DETAIL_FIELDS, type CatalogSource } from '@/lib/catalog/program-sources';

const eras: CatalogSource = { kind: 'import', importId: 1, name: 'ERAS list', fileName: 'im.csv', dataYear: 2021, importedOn: '2026-11-20' };
const nrmp: CatalogSource = { kind: 'import', importId: 2, name: 'NRMP results', fileName: 'nrmp.csv', dataYear: 2020, importedOn: '2026-11-21' };

const program: Facts = {
  id: 'p1', name: 'Riverside Program', acgmeId: '1400121020', nrmpCode: null, specialtyCode: 'IM', specialtyName: 'Internal Medicine',
  institution: 'Riverside', city: null, state: 'AL', region: 'SOUTH', website: 'javascript:alert(1)', erasParticipating: true,
  positions: null, positionsFilled: 9, sponsorsJ1: null, sponsorsH1b: null, shareUsMd: null, shareDo: null, shareImg: null,
  minStep2: null, minStep2Hard: null, typicalStep2: null, yogLimitYears: null, maxAttempts: null, usceRequiredMonths: null,
  type: null, track: 'CATEGORICAL', setting: null, researchEmphasis: null,
};

function sourced(): SourcedProgram {
  const fieldSources = Object.fromEntries(PROGRAM_DETAIL_FIELDS.map((field) => [field, eras])) as SourcedProgram['fieldSources'];
  fieldSources.positionsFilled = nrmp;
  return { program, source: eras, fieldSources };
}

describe('a program’s facts', () => {
  const html = renderToStaticMarkup(createElement(ProgramFacts, { sourced: sourced() }));

  it('says a group’s one source once, and each value’s source where a group mixes them', () => {
    expect(html.match(/Source of every value here: ERAS list \(2021 data\), imported Nov 20, 2026/g)).toHaveLength(3);
    expect(html).toContain('Source: NRMP results (2020 data), imported Nov 21, 2026');
    expect(html).toContain('Source: ERAS list (2021 data), imported Nov 20, 2026');
    expect(html).toContain('9 positions filled');
  });

  it('says "Not reported" for every unknown, and never links an address that is not http(s)', () => {
    expect(html.match(/Not reported/g)?.length).toBe(PROGRAM_DETAIL_FIELDS.filter((f) => program[f as keyof Facts] === null).length);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('javascript:alert(1)');
  });
});
