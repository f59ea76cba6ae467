// The Match year an application made on a date aims at: one rule, kept with the season facts
// (lib/reference/seasons: ERAS opens each June for the Match held the following March).
export { matchYearOf as matchYearFor } from '@/lib/reference/seasons';
