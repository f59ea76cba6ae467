import { describe, expect, it } from 'vitest';
import { GET as getSpecialties } from '@/app/api/specialties/route';
import { GET as getPrograms } from '@/app/api/programs/route';
import { GET as getProgram } from '@/app/api/programs/[id]/route';
import type { Program, SpecialtyStats } from '@/lib/engine/types';
import { BASE_URL } from './helpers';

describe('GET /api/specialties', () => {
  it('lists at least 20 specialties with their sourced figures', async () => {
    const response = await getSpecialties();
    expect(response.status).toBe(200);
    const specialties = (await response.json()) as SpecialtyStats[];
    expect(specialties.length).toBeGreaterThanOrEqual(20);
    const im = specialties.find((s) => s.code === 'IM');
    expect(im?.name).toBe('Internal Medicine');
    expect(im?.positions).toBe(11632);
    expect(im?.sources.join(' ')).toMatch(/NRMP/);
  });
});

describe('GET /api/programs', () => {
  async function programs(query: string) {
    const response = await getPrograms(new Request(`${BASE_URL}/api/programs${query}`));
    return { response, json: await response.json() };
  }

  it('filters by specialty and state and pages', async () => {
    const { response, json } = await programs('?specialty=IM&state=NY&limit=5');
    expect(response.status).toBe(200);
    expect(json.total).toBeGreaterThan(5);
    expect(json.programs).toHaveLength(5);
    for (const p of json.programs as Program[]) {
      expect(p.specialtyCode).toBe('IM');
      expect(p.state).toBe('NY');
    }
    const next = await programs('?specialty=IM&state=NY&limit=5&offset=5');
    const ids = new Set((json.programs as Program[]).map((p) => p.id));
    expect((next.json.programs as Program[]).some((p) => ids.has(p.id))).toBe(false);
  });

  it('filters by visa sponsorship', async () => {
    const { json } = await programs('?specialty=IM,FM&h1b=true&limit=100');
    expect(json.total).toBeGreaterThan(0);
    expect((json.programs as Program[]).every((p) => p.sponsorsH1b === true)).toBe(true);
  });

  it('answers 400 with field messages for a bad query', async () => {
    const { response, json } = await programs('?state=XX&limit=100000');
    expect(response.status).toBe(400);
    expect(Object.keys(json.error.fields)).toEqual(expect.arrayContaining(['state.0', 'limit']));
  });

  it('gets one program, and 404 for an unknown id', async () => {
    const { json } = await programs('?limit=1');
    const id = (json.programs as Program[])[0]!.id;
    const found = await getProgram(new Request(`${BASE_URL}/api/programs/${id}`), { params: Promise.resolve({ id }) });
    expect(found.status).toBe(200);
    expect(((await found.json()) as Program).id).toBe(id);
    const missing = await getProgram(new Request(`${BASE_URL}/api/programs/nope`), { params: Promise.resolve({ id: 'nope' }) });
    expect(missing.status).toBe(404);
  });
});
