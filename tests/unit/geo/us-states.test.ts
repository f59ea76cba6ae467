import { describe, expect, it } from 'vitest';
import { getStateShapes, MAP_FRAME, PUERTO_RICO_INSET } from '@/lib/geo/us-states';
import { US_STATE_CODES, US_STATES } from '@/lib/reference/states';

/** Every coordinate of an SVG path made of M, l and z commands, in absolute terms. */
function absolutePoints(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const match = /^M(-?\d+) (-?\d+)l(.*)$/.exec(ring);
    if (!match) throw new Error(`Unexpected path segment: ${ring.slice(0, 40)}`);
    let x = Number(match[1]);
    let y = Number(match[2]);
    points.push([x, y]);
    const steps = (match[3] ?? '').match(/-?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i + 1 < steps.length; i += 2) {
      x += steps[i]!;
      y += steps[i + 1]!;
      points.push([x, y]);
    }
  }
  return points;
}

describe('getStateShapes', () => {
  const shapes = getStateShapes();

  it('has one shape for every USPS code we list, Puerto Rico included, and nothing else', () => {
    expect(shapes.map((shape) => shape.code).sort()).toEqual([...US_STATE_CODES].sort());
    for (const shape of shapes) expect(shape.name).toBe(US_STATES[shape.code as keyof typeof US_STATES].name);
  });

  it('is sorted by name, the order of the table and of the Tab key', () => {
    const names = shapes.map((shape) => shape.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('draws every state as a non-empty path inside the frame, with its label inside the frame too', () => {
    for (const shape of shapes) {
      const points = absolutePoints(shape.d);
      expect(points.length, shape.code).toBeGreaterThanOrEqual(3);
      for (const [x, y] of points) {
        expect(x, shape.code).toBeGreaterThanOrEqual(MAP_FRAME.x);
        expect(x, shape.code).toBeLessThanOrEqual(MAP_FRAME.x + MAP_FRAME.width);
        expect(y, shape.code).toBeGreaterThanOrEqual(MAP_FRAME.y);
        expect(y, shape.code).toBeLessThanOrEqual(MAP_FRAME.y + MAP_FRAME.height);
      }
      expect(shape.labelX).toBeGreaterThanOrEqual(MAP_FRAME.x);
      expect(shape.labelY).toBeLessThanOrEqual(MAP_FRAME.y + MAP_FRAME.height);
    }
  });

  it('puts Puerto Rico in its inset box, east of Florida', () => {
    const inset = PUERTO_RICO_INSET;
    const points = absolutePoints(shapes.find((shape) => shape.code === 'PR')!.d);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(inset.x);
      expect(x).toBeLessThanOrEqual(inset.x + inset.width);
      expect(y).toBeGreaterThanOrEqual(inset.y);
      expect(y).toBeLessThanOrEqual(inset.y + inset.height);
    }
    const florida = absolutePoints(shapes.find((shape) => shape.code === 'FL')!.d);
    expect(Math.min(...points.map(([x]) => x))).toBeGreaterThan(Math.max(...florida.map(([x]) => x)));
  });

  it('places states where they are: Maine north-east of Texas, California west of New York', () => {
    const at = (code: string) => shapes.find((shape) => shape.code === code)!;
    expect(at('ME').labelX).toBeGreaterThan(at('TX').labelX);
    expect(at('ME').labelY).toBeLessThan(at('TX').labelY);
    expect(at('CA').labelX).toBeLessThan(at('NY').labelX);
  });

  it('stays small enough to send to the browser as props', () => {
    expect(JSON.stringify(shapes).length).toBeLessThan(60_000);
  });
});
