// USPS codes for the 50 states, DC and Puerto Rico, with their US Census Bureau region
// (Census Regions and Divisions of the United States; Puerto Rico is outside the regions and is
// grouped with the South here, where ACGME's own regional tables place it).
import type { Region } from '@/lib/engine/types';

export const US_STATES = {
  AL: { name: 'Alabama', region: 'SOUTH' },
  AK: { name: 'Alaska', region: 'WEST' },
  AZ: { name: 'Arizona', region: 'WEST' },
  AR: { name: 'Arkansas', region: 'SOUTH' },
  CA: { name: 'California', region: 'WEST' },
  CO: { name: 'Colorado', region: 'WEST' },
  CT: { name: 'Connecticut', region: 'NORTHEAST' },
  DE: { name: 'Delaware', region: 'SOUTH' },
  DC: { name: 'District of Columbia', region: 'SOUTH' },
  FL: { name: 'Florida', region: 'SOUTH' },
  GA: { name: 'Georgia', region: 'SOUTH' },
  HI: { name: 'Hawaii', region: 'WEST' },
  ID: { name: 'Idaho', region: 'WEST' },
  IL: { name: 'Illinois', region: 'MIDWEST' },
  IN: { name: 'Indiana', region: 'MIDWEST' },
  IA: { name: 'Iowa', region: 'MIDWEST' },
  KS: { name: 'Kansas', region: 'MIDWEST' },
  KY: { name: 'Kentucky', region: 'SOUTH' },
  LA: { name: 'Louisiana', region: 'SOUTH' },
  ME: { name: 'Maine', region: 'NORTHEAST' },
  MD: { name: 'Maryland', region: 'SOUTH' },
  MA: { name: 'Massachusetts', region: 'NORTHEAST' },
  MI: { name: 'Michigan', region: 'MIDWEST' },
  MN: { name: 'Minnesota', region: 'MIDWEST' },
  MS: { name: 'Mississippi', region: 'SOUTH' },
  MO: { name: 'Missouri', region: 'MIDWEST' },
  MT: { name: 'Montana', region: 'WEST' },
  NE: { name: 'Nebraska', region: 'MIDWEST' },
  NV: { name: 'Nevada', region: 'WEST' },
  NH: { name: 'New Hampshire', region: 'NORTHEAST' },
  NJ: { name: 'New Jersey', region: 'NORTHEAST' },
  NM: { name: 'New Mexico', region: 'WEST' },
  NY: { name: 'New York', region: 'NORTHEAST' },
  NC: { name: 'North Carolina', region: 'SOUTH' },
  ND: { name: 'North Dakota', region: 'MIDWEST' },
  OH: { name: 'Ohio', region: 'MIDWEST' },
  OK: { name: 'Oklahoma', region: 'SOUTH' },
  OR: { name: 'Oregon', region: 'WEST' },
  PA: { name: 'Pennsylvania', region: 'NORTHEAST' },
  PR: { name: 'Puerto Rico', region: 'SOUTH' },
  RI: { name: 'Rhode Island', region: 'NORTHEAST' },
  SC: { name: 'South Carolina', region: 'SOUTH' },
  SD: { name: 'South Dakota', region: 'MIDWEST' },
  TN: { name: 'Tennessee', region: 'SOUTH' },
  TX: { name: 'Texas', region: 'SOUTH' },
  UT: { name: 'Utah', region: 'WEST' },
  VT: { name: 'Vermont', region: 'NORTHEAST' },
  VA: { name: 'Virginia', region: 'SOUTH' },
  WA: { name: 'Washington', region: 'WEST' },
  WV: { name: 'West Virginia', region: 'SOUTH' },
  WI: { name: 'Wisconsin', region: 'MIDWEST' },
  WY: { name: 'Wyoming', region: 'WEST' },
} as const satisfies Record<string, { name: string; region: Region }>;

export type StateCode = keyof typeof US_STATES;
export const US_STATE_CODES = Object.keys(US_STATES) as [StateCode, ...StateCode[]];

export function regionOfState(code: string): Region | null {
  return (US_STATES as Record<string, { region: Region }>)[code]?.region ?? null;
}

/** "City, ST", or just the state where the source gives no city. */
export function placeLabel(city: string | null, state: string): string {
  return city ? `${city}, ${state}` : state;
}
