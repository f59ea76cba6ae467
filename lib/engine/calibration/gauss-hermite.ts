// Gauss–Hermite quadrature for a standard normal variable: E[f(Z)] ≈ Σ w_j f(z_j), Z ~ N(0, 1).
// 20 nodes integrate polynomials up to degree 39 exactly; the smooth logistic and power terms the
// chance model integrates are within about 1e-6 of the exact value.
//
// Probabilists' Hermite nodes (He_20 roots) and weights normalized to sum to 1, computed with the
// Golub–Welsch method (numpy.polynomial.hermite_e.hermegauss(20), weights / √(2π)). Hard-coded so
// the engine does no numerical set-up at load.

export const GAUSS_HERMITE_NODES: readonly number[] = [
  -7.619048541679758, -6.510590157013654, -5.5787388058932015, -4.734581334046055, -3.9439673506573163,
  -3.1890148165533896, -2.458663611172368, -1.7452473208141268, -1.042945348802751, -0.3469641570813559,
  0.3469641570813559, 1.042945348802751, 1.7452473208141268, 2.458663611172368, 3.1890148165533896,
  3.9439673506573163, 4.734581334046055, 5.5787388058932015, 6.510590157013654, 7.619048541679758,
];

export const GAUSS_HERMITE_WEIGHTS: readonly number[] = [
  1.2578006724379264e-13, 2.4820623623151797e-10, 6.127490259982928e-8, 4.4021210902308646e-6,
  0.00012882627996192942, 0.0018301031310804924, 0.013997837447100996, 0.06150637206397696,
  0.16173933398400003, 0.2607930634495548, 0.2607930634495548, 0.16173933398400003, 0.06150637206397696,
  0.013997837447100996, 0.0018301031310804924, 0.00012882627996192942, 4.4021210902308646e-6,
  6.127490259982928e-8, 2.4820623623151797e-10, 1.2578006724379264e-13,
];

export const GAUSS_HERMITE_SIZE = GAUSS_HERMITE_NODES.length;

/** The nodes and weights as typed arrays, for the inner loops (no bounds checks, no undefined). */
export const NODES = Float64Array.from(GAUSS_HERMITE_NODES);
export const WEIGHTS = Float64Array.from(GAUSS_HERMITE_WEIGHTS);
