// Zod 4 compiles object parsers with `new Function` when it may, and probes whether it may by trying
// it. Under our CSP (no 'unsafe-eval', proxy.ts) the probe fails quietly but the browser still reports
// a violation, so the schemas run interpreted, as they would anyway under that policy. Imported by
// every schema module for this one side effect; the speed difference is negligible at our sizes.
import { z } from 'zod';

z.config({ jitless: true });
