// State outlines for the US map, computed on the server from the Census Bureau's cartographic
// boundary files (2017 edition, redistributed by the us-atlas 3 package) and handed to components as
// plain props, so the 200 KB of TopoJSON never reaches a browser bundle.
import 'server-only';
import { geoMercator, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import statesAlbersJson from 'us-atlas/states-albers-10m.json';
import statesJson from 'us-atlas/states-10m.json';
import { US_STATES } from '@/lib/reference/states';
import { PUERTO_RICO_INSET, type StateShape } from './frame';

export { MAP_FRAME, PUERTO_RICO_INSET, type StateShape } from './frame';

export const MAP_BOUNDARIES_SOURCE = 'US Census Bureau, cartographic boundary files, 2017 (via us-atlas 3)';

type StatesTopology = Topology<{ states: GeometryCollection<{ name: string }> }>;

/** USPS code by the state's name as the Census Bureau spells it (same as lib/reference/states.ts). */
const CODE_BY_NAME = new Map<string, string>(Object.entries(US_STATES).map(([code, { name }]) => [name, code]));

/**
 * Collects a geoPath's drawing calls as a compact SVG path: coordinates rounded to whole units of the
 * 975 × 610 frame (about a pixel on a desktop), repeated points dropped, then relative moves. This
 * shrinks the paths from about 104 KB (geoPath with one decimal) to about 40 KB.
 */
class CompactPathContext implements GeoContext {
  private parts: string[] = [];
  private ring: Array<[number, number]> = [];

  beginPath() {
    // Each ring starts with moveTo, which is where a ring begins here.
  }

  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = this.ring.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }

  closePath() {
    this.flush();
  }

  arc() {
    // geoPath calls arc() only for Point geometries, which state outlines never contain.
  }

  result(): string {
    this.flush();
    return this.parts.join('');
  }

  /** Rings that round to fewer than three distinct points are islands smaller than a unit: dropped. */
  private flush() {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    if (!first || ring.length < 3) return;
    let [px, py] = first;
    const steps = ring.slice(1).map(([x, y]) => {
      const step = `${x - px} ${y - py}`;
      px = x;
      py = y;
      return step;
    });
    // SVG needs no space before a minus sign.
    this.parts.push(`M${first[0]} ${first[1]}l${steps.join(' ')}z`.replaceAll(' -', '-'));
  }
}

function compactPath(object: GeoPermissibleObjects, projection: GeoProjection | null): string {
  const context = new CompactPathContext();
  geoPath(projection, context)(object);
  return context.result();
}

function puertoRicoShape(): StateShape {
  const topology = statesJson as unknown as StatesTopology;
  const states = feature(topology, topology.objects.states);
  const puertoRico = states.features.find((state) => state.properties.name === 'Puerto Rico');
  if (!puertoRico) throw new Error('us-atlas states-10m.json has no Puerto Rico');
  const { x, y, width, height, padding } = PUERTO_RICO_INSET;
  const projection = geoMercator().fitExtent(
    [
      [x + padding, y + padding],
      [x + width - padding, y + height - padding],
    ],
    puertoRico,
  );
  const [labelX, labelY] = geoPath(projection).centroid(puertoRico);
  return { code: 'PR', name: 'Puerto Rico', d: compactPath(puertoRico, projection), labelX: Math.round(labelX), labelY: Math.round(labelY) };
}

function computeStateShapes(): StateShape[] {
  const topology = statesAlbersJson as unknown as StatesTopology;
  const states = feature(topology, topology.objects.states);
  // The file is already projected (Albers USA, 975 × 610): no projection, coordinates are the frame's.
  const centroid = geoPath(null);
  const shapes = states.features.map((state): StateShape => {
    const code = CODE_BY_NAME.get(state.properties.name);
    if (!code) throw new Error(`No USPS code for ${state.properties.name}`);
    const [labelX, labelY] = centroid.centroid(state);
    return { code, name: state.properties.name, d: compactPath(state, null), labelX: Math.round(labelX), labelY: Math.round(labelY) };
  });
  return [...shapes, puertoRicoShape()].sort((a, b) => a.name.localeCompare(b.name));
}

let cached: StateShape[] | undefined;

/** The 50 states, DC and Puerto Rico (in an inset off Florida), sorted by name; computed once per process. */
export function getStateShapes(): StateShape[] {
  cached ??= computeStateShapes();
  return cached;
}
