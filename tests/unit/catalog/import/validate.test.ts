import { describe, expect, it } from 'vitest';
import { validateCandidate } from '@/lib/catalog/import/validate';

const base = { acgme_id: '0400121010', name: 'Example Program', institution: 'Example', specialty: 'ANES', state: 'AL' };

function check(cells: Record<string, string>) {
  return validateCandidate({ row: 2, cells });
}

describe('validateCandidate', () => {
  it('types every field, derives the region from the state and keys by ACGME id', () => {
    const result = check({ ...base, positions: '12', positions_filled: '11', sponsors_j1: 'yes', share_img: '0.25', website: 'https://example.org' });
    expect(result).toEqual({
      ok: true,
      candidate: {
        row: 2,
        key: { field: 'acgmeId', value: '0400121010' },
        specialtyCode: 'ANES',
        fields: {
          acgmeId: '0400121010',
          name: 'Example Program',
          institution: 'Example',
          specialtyCode: 'ANES',
          state: 'AL',
          region: 'SOUTH',
          positions: 12,
          positionsFilled: 11,
          sponsorsJ1: true,
          shareImg: 0.25,
          website: 'https://example.org',
        },
      },
    });
  });

  it('keys by NRMP code when there is no ACGME id', () => {
    const result = check({ ...base, acgme_id: '', nrmp_code: '1903140C0' });
    expect(result.ok && result.candidate.key).toEqual({ field: 'nrmpCode', value: '1903140C0' });
  });

  it('writes an empty cell as NULL', () => {
    const result = check({ ...base, city: '' });
    expect(result.ok && result.candidate.fields.city).toBeNull();
  });

  it.each([
    [{ acgme_id: '400121010' }, 'acgme_id must be a 10-digit ACGME program id'],
    [{ acgme_id: '', nrmp_code: '' }, 'acgme_id or nrmp_code is required'],
    [{ nrmp_code: '46040C0' }, 'nrmp_code must be a 9-character NRMP code'],
    [{ state: 'XX' }, 'state must be one of'],
    [{ state: '' }, 'state is required'],
    [{ specialty: 'OPHTH' }, 'specialty must be one of'],
    [{ positions: 'twelve' }, 'positions must be a whole number'],
    [{ positions: '900' }, 'positions must be from 0 to 400'],
    [{ positions: '3', positions_filled: '4' }, 'positions_filled (4) is more than positions (3)'],
    [{ share_do: '1.5' }, 'share_do must be a share from 0 to 1'],
    [{ website: 'javascript:alert(1)' }, 'website must be an http(s) address'],
    [{ website: 'ftp://example.org' }, 'website must be an http(s) address'],
    [{ sponsors_h1b: 'maybe' }, 'sponsors_h1b must be true or false'],
    [{ research_emphasis: 'huge' }, 'research_emphasis must be one of LOW, MEDIUM, HIGH'],
  ])('rejects %j: %s', (cells, reason) => {
    const result = check({ ...base, ...cells });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('names every problem of a row in one reason', () => {
    const result = check({ ...base, state: 'XX', positions: '-1' });
    expect(!result.ok && result.reason.split('; ')).toHaveLength(2);
  });
});
