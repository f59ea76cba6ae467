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

/** How well the model predicts a specialty's band table it was not fitted to (scripts/fit/leave-one-out.ts). */
export interface LeaveOneOutResult {
  /** Mean absolute error (percentage points) over the asserted bands, weighted by applicants in the band. */
  maePointsWeighted: number;
  /** The same, each asserted band counting once. */
  maePointsUnweighted: number;
  /** Per specialty: the weighted error of its own table when it was left out. */
  bySpecialty: Readonly<Record<string, number>>;
  /** Every band's prediction (percent, one decimal) with its own specialty left out of the fit. */
  bands: readonly { specialtyCode: string; band: string; predicted: number }[];
}

export interface CalibrationCoefficients {
  /** What was fitted, to which figures, and when (ISO date). */
  fitted: { on: string; figures: readonly string[] };
  /** The US MD score curve bends this many points below the specialty median. */
  knotBelowMedian: number;
  /** Mean slopes of the band specialties: used where a specialty has no band table. */
  pooledSlopes: { belowKnot: number; aboveKnot: number };
  bandSpecialties: Readonly<Record<string, BandSpecialtyFit>>;
  /**
   * US MD intercept where no band table exists: constant + a · logit(non-US IMG match rate) +
   * b · (median − medianCenter). Fitted over the band specialties; residualLogit is its
   * leave-one-out RMS error.
   */
  interceptRegression: {
    constant: number;
    perLogitNonUsImgRate: number;
    perMedianPoint: number;
    medianCenter: number;
    /** Used when a specialty publishes no non-US IMG rate: the band specialties' mean logit. */
    meanLogitNonUsImgRate: number;
    residualLogit: number;
  };
  /** US MD applicants' scores where no band table exists: specialty median + offset, common SD. */
  usMdApplicants: { meanMinusMedian: number; sd: number };
  img: {
    /** IMGs' chance rises this much (logit) per Step 2 CK point, in every specialty. */
    slopePerPoint: number;
    /** IMG applicants' Step 2 CK, a normal. */
    applicantMean: number;
    applicantSd: number;
    /** Non-US IMG intercept minus US MD intercept where no non-US IMG rate is published: mean and SD. */
    defaultOffsetFromUsMd: number;
    offsetSpreadLogit: number;
  };
  /** DOs from US MDs (solved to the national DO rate); US citizen IMGs from non-citizen IMGs (national gap). */
  typeOffsets: { usDoFromUsMd: number; usImgFromNonUsImg: number };
  latent: {
    /** SD (logit) of the applicant's latent strength in every program's interview logit. */
    strengthSdLogit: number;
    /** Chance that an interview ends in a match, for US seniors (MD, DO) and for IMGs. */
    matchPerInterview: { us: number; img: number };
    /** Interviews per application of the typical matched applicant (US seniors, IMGs): the tiers' yardstick. */
    matchedInterviewRate: { us: number; img: number };
  };
  leaveOneOut: LeaveOneOutResult;
}
