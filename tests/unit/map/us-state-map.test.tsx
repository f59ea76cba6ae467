import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CatalogStateMap } from '@/components/map/catalog-state-map';
import { ResultsStateMap } from '@/components/map/results-state-map';
import { countBins, binLabel } from '@/components/map/count-bins';
import { getStateShapes, MAP_BOUNDARIES_SOURCE } from '@/lib/geo/us-states';

const counts = { TX: 412, CA: 1, NY: 57, PR: 9, WY: 0 };

function tableRows(html: string): Array<{ state: string; cells: string[] }> {
  const body = /<tbody>(.*)<\/tbody>/s.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map(([, row]) => ({
    state: (/<th[^>]*>(?:<a[^>]*>)?([^<]*)/.exec(row ?? '')?.[1] ?? '').trim(),
    cells: [...(row ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((cell) => cell[1] ?? ''),
  }));
}

const svgOf = (html: string) => /<svg.*<\/svg>/s.exec(html)?.[0] ?? '';

describe('CatalogStateMap', () => {
  const html = renderToStaticMarkup(<CatalogStateMap counts={counts} stateHref={(state) => `/programs?state=${state}`} />);
  const svg = svgOf(html);

  it('links every state with programs to the catalog filtered to it, named with its count', () => {
    const links = [...svg.matchAll(/<a href="([^"]*)" aria-label="([^"]*)"/g)].map(([, href, label]) => ({ href, label }));
    expect(links).toEqual([
      { href: '/programs?state=CA', label: 'California: 1 program' },
      { href: '/programs?state=NY', label: 'New York: 57 programs' },
      { href: '/programs?state=PR', label: 'Puerto Rico: 9 programs' },
      { href: '/programs?state=TX', label: 'Texas: 412 programs' },
    ]);
  });

  it('leaves states without programs out of the Tab order and of the accessibility tree', () => {
    expect(svg.match(/<path/g)).toHaveLength(getStateShapes().length);
    expect(svg).not.toMatch(/tabindex/i);
    expect(svg).toMatch(/<g aria-hidden="true"><path/);
    expect(svg).not.toContain('Wyoming');
  });

  it('names the figure and its sources', () => {
    expect(html).toMatch(/<figure aria-labelledby="catalog-map-title"/);
    expect(html).toContain('id="catalog-map-title"');
    expect(svg).toMatch(/^<svg role="group" aria-labelledby="catalog-map-title"/);
    expect(html).toContain(MAP_BOUNDARIES_SOURCE);
    expect(MAP_BOUNDARIES_SOURCE).toMatch(/2017/);
  });

  it('shows a legend with every bin of the scale', () => {
    const legend = /<ul aria-label="Colour key"[^>]*>(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
    const labels = [...legend.matchAll(/<\/span>([^<]+)<\/li>/g)].map(([, label]) => label);
    expect(labels).toEqual(['None', ...countBins(412).map(binLabel)]);
  });

  it('offers a table with one row per state with programs, carrying the same counts', () => {
    expect(html).toContain('<summary');
    expect(html).toContain('Programs by state as a table');
    expect(tableRows(html)).toEqual([
      { state: 'California', cells: ['1'] },
      { state: 'New York', cells: ['57'] },
      { state: 'Puerto Rico', cells: ['9'] },
      { state: 'Texas', cells: ['412'] },
    ]);
    expect(html).toMatch(/All states<\/th><td[^>]*>479<\/td>/);
  });
});

describe('ResultsStateMap', () => {
  const byState = {
    TX: { reach: 3, target: 6, safety: 3 },
    OH: { reach: 0, target: 1, safety: 0 },
  };
  const html = renderToStaticMarkup(
    <ResultsStateMap shapes={getStateShapes()} byState={byState} source="Programs: a test." boundariesSource={MAP_BOUNDARIES_SOURCE} />,
  );

  it('makes each state with programs focusable, named with its total and its tiers', () => {
    const focusable = [...svgOf(html).matchAll(/<path[^>]*tabindex="0"[^>]*>/g)].map(([tag]) => /aria-label="([^"]*)"/.exec(tag)?.[1]);
    expect(focusable).toEqual(['Ohio: 1 program (0 reach, 1 target, 0 safety)', 'Texas: 12 programs (3 reach, 6 target, 3 safety)']);
  });

  it('tells how to use the caption before anything is focused', () => {
    expect(html).toContain('Point at a state, or Tab to it, to see its numbers.');
  });

  it('draws its table only once the disclosure is opened (tests/e2e/map.spec.ts opens it and reads every state and tier)', () => {
    expect(html).toMatch(/<details id="results-map-table"><summary[^>]*>Programs by state as a table<\/summary><\/details>/);
    expect(html).not.toContain('<table');
    expect(tableRows(html)).toEqual([]);
    // The skip link still lands on the disclosure.
    expect(html).toContain('href="#results-map-table"');
  });
});
