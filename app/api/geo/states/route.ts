// GET /api/geo/states: the outlines of the states, projected into the map's frame (lib/geo), for the
// results page's map. Built once, at build time (force-static), and served as a file: the page's
// HTML does not carry them, and a returning visitor's browser has them already.
import { getStateShapes, MAP_BOUNDARIES_SOURCE } from '@/lib/geo/us-states';

export const dynamic = 'force-static';

export function GET() {
  return Response.json({ shapes: getStateShapes(), boundariesSource: MAP_BOUNDARIES_SOURCE });
}
