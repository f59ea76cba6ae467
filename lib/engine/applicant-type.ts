// What the engine knows about applicant types: who is an IMG, and which share of a program's
// residents tells how open it is to applicants of that type. Shared by fit, chance and reasons.
import { JUDGEMENTS } from './judgements';
import type { ApplicantType, Program } from './types';

export function isImg(type: ApplicantType): boolean {
  return type === 'US_IMG' || type === 'NON_US_IMG';
}

/** The program's share (0–1) of residents of the applicant's kind; null when not reported. */
export function residentShareOfType(program: Program, type: ApplicantType): number | null {
  const share = type === 'US_MD' ? program.shareUsMd : type === 'US_DO' ? program.shareDo : program.shareImg;
  if (share === null || !Number.isFinite(share)) return null;
  return Math.min(1, Math.max(0, share));
}

/** The share of residents of the applicant's kind from which a program counts as fully open (judgements.ts). */
export const PARITY_SHARE: Readonly<Record<ApplicantType, number>> = JUDGEMENTS.parityShare.value;

/** 0–1: how open the program is to the applicant's kind, from its share of such residents. */
export function opennessFromShare(share: number, type: ApplicantType): number {
  return Math.min(1, share / PARITY_SHARE[type]);
}

/** Residents of the applicant's kind, as a student would say it. */
export const RESIDENT_KIND_LABEL: Readonly<Record<ApplicantType, string>> = {
  US_MD: 'US MD graduates',
  US_DO: 'DO graduates',
  US_IMG: 'IMGs',
  NON_US_IMG: 'IMGs',
};
