// The map's coordinate frame, shared by the server (which draws the shapes) and the components
// (which size the SVG): plain numbers, no geometry, safe in client bundles.

/**
 * us-atlas draws Albers USA in a 975 × 610 frame, but the western Aleutians reach x ≈ −58: the
 * frame starts at −60 so Alaska is whole.
 */
export const MAP_FRAME = { x: -60, y: 0, width: 1035, height: 610 } as const;

/** Puerto Rico is not in the Albers USA layout: it gets its own box in the Atlantic, off Florida. */
export const PUERTO_RICO_INSET = { x: 845, y: 525, width: 110, height: 60, padding: 8 } as const;

export interface StateShape {
  /** USPS code. */
  code: string;
  name: string;
  /** SVG path in MAP_FRAME's coordinates. */
  d: string;
  /** Where a label or marker for the state goes (its centroid). */
  labelX: number;
  labelY: number;
}
