// The shape of the calibration's fitted coefficients (coefficients.ts is written by
// scripts/fit-calibration.ts). All logits are log-odds; scores are USMLE Step 2 CK points.

/** One specialty with a published table of US MD seniors' match rate by Step 2 CK band. */
export interface BandSpecialtyFit {
  /** Logit of a US MD senior's match chance at the specialty's median matched score. */
  intercept: number;
  /** Logit per point below the knot and at or above it (both ≥ 0: a higher score never hurts). */
  slopeBelowKnot: number;
  slopeAboveKnot: number;
  /** US MD seniors applying in the specialty: a normal fitted to the band counts. */
  applicantMean: number;
  applicantSd: number;
  /** Applicant-weighted RMS of the fit's logit residuals over the bands. */
  residualLogit: number;
}

export interface CalibrationCoefficients {
  /** What was fitted, to which figures, and when (ISO date). */
  fitted: { on: string; figures: readonly string[] };
  /** The score curve bends this many points below the specialty median. */
  knotBelowMedian: number;
  /** Mean slopes of the band specialties: used where a specialty has no band table. */
  pooledSlopes: { belowKnot: number; aboveKnot: number };
  bandSpecialties: Readonly<Record<string, BandSpecialtyFit>>;
  /** US MD intercept where no band table exists: constant + slope × ln(positions / applicants). */
  interceptFromCompetitiveness: {
    constant: number;
    perLogPositionsPerApplicant: number;
    /** Used when a specialty publishes no positions or applicants. */
    meanLogPositionsPerApplicant: number;
    /** Leave-one-out RMS error of the intercept (logit). */
    residualLogit: number;
  };
  /** US MD applicants' scores where no band table exists: specialty median + offset, common SD. */
  usMdApplicants: { meanMinusMedian: number; sd: number };
  img: {
    /** IMGs' Step 2 CK slope as a share of US MD seniors' slope. */
    scoreSlopeMultiplier: number;
    /** Non-US IMG applicants' Step 2 CK, a normal. */
    applicantMean: number;
    applicantSd: number;
    /** Non-US IMG intercept minus US MD intercept where no non-US IMG rate is published: mean and SD. */
    defaultOffsetFromUsMd: number;
    offsetSpreadLogit: number;
  };
  typeOffsets: { usDoFromUsMd: number; usImgFromNonUsImg: number };
  latent: {
    /** SD (logit) of the applicant's latent strength in every program's interview logit. */
    strengthSdLogit: number;
    /** Chance that an interview ends in a match, for US seniors (MD, DO) and for IMGs. */
    matchPerInterview: { us: number; img: number };
  };
}
