import { describe, expect, it } from 'vitest';
import { GET, dynamic } from '@/app/api/geo/states/route';
import { getStateShapes, MAP_BOUNDARIES_SOURCE } from '@/lib/geo/us-states';

describe('GET /api/geo/states (the results map loads its outlines from it)', () => {
  it('serves every state outline the server would draw, with the boundaries source', async () => {
    const response = GET();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { shapes: unknown[]; boundariesSource: string };
    expect(body.boundariesSource).toBe(MAP_BOUNDARIES_SOURCE);
    expect(body.shapes).toEqual(JSON.parse(JSON.stringify(getStateShapes())));
    expect(body.shapes.length).toBeGreaterThanOrEqual(51);
  });

  it('is built once with the app, not per request', () => {
    expect(dynamic).toBe('force-static');
  });
});
