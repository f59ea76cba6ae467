// Maps the public files' specialty names to SmartPick's 24 specialty codes (lib/reference/specialties.ts)
// and to TY, the Transitional Year (a PGY-1 year only: lib/reference/pgy1.ts).
// A name listed with `code: null` is a known specialty or track SmartPick does not cover: its rows are
// rejected with that plain name. A name not listed at all is rejected as unknown.

export interface SpecialtyMapping {
  code: string | null;
  /** How the rejection names it. */
  name: string;
}

const covered = (code: string, name: string): SpecialtyMapping => ({ code, name });
const uncovered = (name: string): SpecialtyMapping => ({ code: null, name });

/** AAMC ERAS participating-program lists: one file per specialty, named after it (2021 season). */
export const ERAS_FILE_SPECIALTIES: Readonly<Record<string, SpecialtyMapping>> = {
  Anesthesiology: covered('ANES', 'Anesthesiology'),
  'Child Neurology': covered('CHNEURO', 'Child Neurology'),
  Dermatology: covered('DERM', 'Dermatology'),
  'Emergency Medicine': covered('EM', 'Emergency Medicine'),
  'Family Medicine': covered('FM', 'Family Medicine'),
  'Internal Medicine': covered('IM', 'Internal Medicine'),
  'Internal Medicine-Pediatrics': covered('MEDPEDS', 'Internal Medicine-Pediatrics'),
  'Interventional Radiology - Integrated': covered('IR', 'Interventional Radiology (Integrated)'),
  'Neurological Surgery': covered('NSGY', 'Neurological Surgery'),
  Neurology: covered('NEURO', 'Neurology'),
  'Obstetrics and Gynecology': covered('OBGYN', 'Obstetrics and Gynecology'),
  'Orthopaedic Surgery': covered('ORTHO', 'Orthopaedic Surgery'),
  'Otolaryngology - Head and Neck Surgery': covered('ENT', 'Otolaryngology'),
  'Pathology-Anatomic and Clinical': covered('PATH', 'Pathology'),
  Pediatrics: covered('PEDS', 'Pediatrics'),
  'Physical Medicine and Rehabilitation': covered('PMR', 'Physical Medicine and Rehabilitation'),
  'Plastic Surgery - Integrated': covered('PLASTICS', 'Plastic Surgery (Integrated)'),
  Psychiatry: covered('PSYCH', 'Psychiatry'),
  'Radiation Oncology': covered('RADONC', 'Radiation Oncology'),
  'Radiology-Diagnostic': covered('DR', 'Diagnostic Radiology'),
  Surgery: covered('GS', 'General Surgery'),
  'Thoracic Surgery - Integrated': covered('THOR', 'Thoracic Surgery (Integrated)'),
  Urology: covered('URO', 'Urology'),
  'Vascular Surgery - Integrated': covered('VASC', 'Vascular Surgery (Integrated)'),
  // Independent plastic surgery: entered after another residency, not the integrated track SmartPick covers.
  'Plastic Surgery': uncovered('Plastic Surgery (independent)'),
  'Transitional Year': covered('TY', 'Transitional Year'),
  'Preventive Medicine': uncovered('Preventive Medicine'),
  'Nuclear Medicine': uncovered('Nuclear Medicine'),
  'Neurodevelopmental Disabilities': uncovered('Neurodevelopmental Disabilities'),
  'Osteopathic Neuromusculoskeletal Medicine': uncovered('Osteopathic Neuromusculoskeletal Medicine'),
  'Diagnostic Radiology-Nuclear Medicine': uncovered('Diagnostic Radiology-Nuclear Medicine (combined)'),
  'Emergency Medicine-Anesthesiology': uncovered('Emergency Medicine-Anesthesiology (combined)'),
  'Emergency Medicine-Family Medicine': uncovered('Emergency Medicine-Family Medicine (combined)'),
  'Family Medicine-Osteopathic Neuromusculoskeletal Medicine': uncovered('Family Medicine-ONMM (combined)'),
  'Family Medicine-Preventive Medicine': uncovered('Family Medicine-Preventive Medicine (combined)'),
  'Internal Medicine-Anesthesiology': uncovered('Internal Medicine-Anesthesiology (combined)'),
  'Internal Medicine-Dermatology': uncovered('Internal Medicine-Dermatology (combined)'),
  'Internal Medicine-Emergency Medicine': uncovered('Internal Medicine-Emergency Medicine (combined)'),
  'Internal Medicine-Medical Genetics': uncovered('Internal Medicine-Medical Genetics (combined)'),
  'Internal Medicine-Preventive Medicine': uncovered('Internal Medicine-Preventive Medicine (combined)'),
  'Internal Medicine-Psychiatry': uncovered('Internal Medicine-Psychiatry (combined)'),
  'Pediatrics-Anesthesiology': uncovered('Pediatrics-Anesthesiology (combined)'),
  'Pediatrics-Emergency Medicine': uncovered('Pediatrics-Emergency Medicine (combined)'),
  'Pediatrics-Medical Genetics': uncovered('Pediatrics-Medical Genetics (combined)'),
  'Pediatrics-Physical Medicine and Rehabilitation': uncovered('Pediatrics-PM&R (combined)'),
  'Pediatrics-Psychiatry-Child and Adolescent Psychiatry': uncovered('Pediatrics-Psychiatry-Child Psychiatry (combined)'),
  'Psychiatry-Family Practice': uncovered('Psychiatry-Family Medicine (combined)'),
  'Psychiatry-Neurology': uncovered('Psychiatry-Neurology (combined)'),
};

/**
 * NRMP program codes read IIIISSSTN: institution (4 digits), specialty (3 digits), track letter,
 * sequence digit. The specialty digits are the reliable key; the "Type of program" text is free
 * wording ("Med-Prelim/Neurology", "Fam Med/Rural"). Digits as used in the 2020 program results.
 */
export const NRMP_SPECIALTY_DIGITS: Readonly<Record<string, SpecialtyMapping>> = {
  '040': covered('ANES', 'Anesthesiology'),
  '080': covered('DERM', 'Dermatology'),
  '110': covered('EM', 'Emergency Medicine'),
  '120': covered('FM', 'Family Medicine'),
  '140': covered('IM', 'Internal Medicine'),
  '160': covered('NSGY', 'Neurological Surgery'),
  '180': covered('NEURO', 'Neurology'),
  '185': covered('CHNEURO', 'Child Neurology'),
  '220': covered('OBGYN', 'Obstetrics and Gynecology'),
  '260': covered('ORTHO', 'Orthopaedic Surgery'),
  '280': covered('ENT', 'Otolaryngology'),
  '300': covered('PATH', 'Pathology'),
  '320': covered('PEDS', 'Pediatrics'),
  '340': covered('PMR', 'Physical Medicine and Rehabilitation'),
  '362': covered('PLASTICS', 'Plastic Surgery (Integrated)'),
  '400': covered('PSYCH', 'Psychiatry'),
  '416': covered('IR', 'Interventional Radiology (Integrated)'),
  '420': covered('DR', 'Diagnostic Radiology'),
  '430': covered('RADONC', 'Radiation Oncology'),
  '440': covered('GS', 'General Surgery'),
  '451': covered('VASC', 'Vascular Surgery (Integrated)'),
  '461': covered('THOR', 'Thoracic Surgery (Integrated)'),
  '700': covered('MEDPEDS', 'Internal Medicine-Pediatrics'),
  '186': uncovered('Neurodevelopmental Disabilities'),
  '200': uncovered('Nuclear Medicine'),
  '275': uncovered('Osteopathic Neuromusculoskeletal Medicine'),
  '380': uncovered('Preventive Medicine'),
  '705': uncovered('Internal Medicine-Emergency Medicine (combined)'),
  '715': uncovered('Internal Medicine-Psychiatry (combined)'),
  '720': uncovered('Psychiatry-Family Medicine (combined)'),
  '725': uncovered('Pediatrics-Emergency Medicine (combined)'),
  '726': uncovered('Pediatrics-Anesthesiology (combined)'),
  '730': uncovered('Pediatrics-Psychiatry-Child Psychiatry (combined)'),
  '735': uncovered('Pediatrics-PM&R (combined)'),
  '742': uncovered('Internal Medicine-Anesthesiology (combined)'),
  '751': uncovered('Internal Medicine-Preventive Medicine (combined)'),
  '752': uncovered('Family Medicine-Preventive Medicine (combined)'),
  '753': uncovered('Family Medicine-ONMM (combined)'),
  '755': uncovered('Psychiatry-Neurology (combined)'),
  '765': uncovered('Pediatrics-Medical Genetics (combined)'),
  '766': uncovered('Internal Medicine-Medical Genetics (combined)'),
  '770': uncovered('Diagnostic Radiology-Nuclear Medicine (combined)'),
  '785': uncovered('Internal Medicine-Dermatology (combined)'),
  '795': uncovered('Emergency Medicine-Family Medicine (combined)'),
  '999': covered('TY', 'Transitional Year'),
};

/** NRMP track letters (the 8th character of a program code). */
export const NRMP_TRACKS = {
  C: 'Categorical',
  A: 'Advanced',
  R: 'Reserved (physician)',
  M: 'Primary care',
  P: 'Preliminary',
} as const;
export type NrmpTrack = keyof typeof NRMP_TRACKS;

/** What each NRMP track letter is in SmartPick's catalog: M (primary care) is a categorical residency. */
export const TRACK_OF_NRMP_LETTER: Readonly<Record<NrmpTrack, 'CATEGORICAL' | 'ADVANCED' | 'PRELIMINARY' | 'PHYSICIAN'>> = {
  C: 'CATEGORICAL',
  M: 'CATEGORICAL',
  A: 'ADVANCED',
  P: 'PRELIMINARY',
  R: 'PHYSICIAN',
};

export function isNrmpTrack(letter: string): letter is NrmpTrack {
  return Object.hasOwn(NRMP_TRACKS, letter);
}

export function notCoveredReason(name: string): string {
  return `${name} is not a specialty SmartPick covers`;
}
