import type { Metadata } from 'next';
import Link from 'next/link';
import { ReferenceSourceList } from '@/components/reference-source-list';
import { CalibrationTables } from '@/components/how-we-estimate/calibration-tables';
import { PGY1_TRACKS } from '@/lib/reference/pgy1';
import { generateDemoCatalog } from '@/lib/catalog/demo-generator';
import { calibrationReport } from '@/lib/engine/calibration/report';
import { matchYearFor } from '@/lib/recommendations/season';
import { DEFAULT_CHANCE_MODEL } from '@/lib/engine/chance-model';
import { RANK_WEIGHT_CHANCE, RANK_WEIGHT_FIT } from '@/lib/engine/rank-score';
import { TYPICAL_APPLICATIONS } from '@/lib/engine/calibration/baseline';
import { CURVE_MAX_POINTS } from '@/lib/engine/calibration/match-curve';
import {
  DEFAULT_SIGNAL_LOG_ODDS,
  MARGINAL_SPEND_USD,
  MATCH_TARGETS,
  MIN_RECOMMENDED_APPLICATIONS,
  OBSERVED_SIGNAL_LOG_ODDS,
  TARGET_MATCH_PROBABILITY,
} from '@/lib/engine/strategy';
import { JUDGEMENTS } from '@/lib/engine/judgements';
import { tierThresholds } from '@/lib/engine/tiers';
import { listJudgements } from '@/lib/engine/judgements';
import { CALIBRATION_COEFFICIENTS } from '@/lib/engine/calibration/coefficients';
import { COMLEX_CONVERSION_UNCERTAINTY_POINTS } from '@/lib/engine/scores';
import { COMLEX_LEVEL2_SCALE, COMLEX_STEP2_CORRELATION, STEP2_CK_SCALE } from '@/lib/reference/exam-scales';
import { APPLICANT_TYPES, type ApplicantType } from '@/lib/engine/types';
import { NRMP_FEE_PER_RANK_BEYOND_20_USD, NRMP_FEES_SOURCE, NRMP_RANKS_INCLUDED, NRMP_REGISTRATION_FEE_USD } from '@/lib/reference/fees';
import { seasonFacts } from '@/lib/reference/seasons';
import { SeasonFactsTables } from '@/components/how-we-estimate/season-facts';
import { OVERALL_MATCH_RATES } from '@/lib/reference/specialties';

export const metadata: Metadata = { title: 'How we estimate' };

// The report generates the demo catalog and ranks a typical IMG's plan on it: the same for every
// visitor of a season, so it is worked out once per season, not on every page view.
const reports = new Map<number, ReturnType<typeof calibrationReport>>();
function demoCalibrationReport(matchYear: number): ReturnType<typeof calibrationReport> {
  let report = reports.get(matchYear);
  if (!report) {
    report = calibrationReport(matchYear, generateDemoCatalog());
    reports.set(matchYear, report);
  }
  return report;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const usd = (amount: number) => `$${amount}`;
/** 0.0123 → "1.2%". */
const pct1 = (share: number) => `${Number((share * 100).toFixed(1))}%`;

const TYPE_NAMES: Record<ApplicantType, string> = {
  US_MD: 'US MD seniors',
  US_DO: 'DO seniors',
  US_IMG: 'US citizen IMGs',
  NON_US_IMG: 'Non-US citizen IMGs',
};

const SECTIONS = [
  { id: 'baseline', title: 'Your baseline: how applicants like you did' },
  { id: 'program-chances', title: 'Your chances at each program' },
  { id: 'ranges', title: 'Why some ranges are wide' },
  { id: 'curve', title: 'Why each extra application helps less' },
  { id: 'tiers', title: 'Reach, target and safety' },
  { id: 'recommended', title: 'How many programs we recommend' },
  { id: 'fees', title: 'ERAS fees' },
  { id: 'signals', title: 'Program signals' },
  { id: 'overall', title: 'Your overall chance' },
  { id: 'comlex', title: 'COMLEX scores' },
  { id: 'calibration', title: 'How well the numbers hold up' },
  { id: 'judgements', title: 'Our judgement calls' },
  { id: 'limits', title: 'What these numbers cannot tell you' },
  { id: 'sources', title: 'Sources' },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];

function Section({ id, children }: { id: SectionId; children: React.ReactNode }) {
  const title = SECTIONS.find((section) => section.id === id)?.title;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="flex scroll-mt-4 flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function HowWeEstimatePage() {
  const visaRates = OVERALL_MATCH_RATES.find((rates) => rates.imgByVisaNeed !== undefined);
  const model = DEFAULT_CHANCE_MODEL;
  return (
    <article className="flex max-w-3xl flex-col gap-10 text-slate-800">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold text-slate-900">How we estimate</h1>
        <p className="text-lg">
          SmartPick turns published Match figures and what you tell us into a few numbers: how applicants like you did,
          your chance of an interview and of a match at each program, and how many programs to apply to. Here is where
          each comes from, in plain words.
        </p>
        <nav aria-label="On this page">
          <ul className="list-disc pl-5">
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <Section id="baseline">
        <p>
          The baseline is the share of applicants like you who matched in a specialty in recent Matches. &ldquo;Like
          you&rdquo; means the same kind of applicant (US MD, DO, US-citizen IMG or non-US IMG) and, where the NRMP
          publishes it, the same Step 2 CK band, such as 240–249.
        </p>
        <p>
          Where no table by score exists for a specialty, we start from what is published: its match rates by kind of
          applicant, its typical Step 2 CK score, and how many applicants compete for each position. We then adjust for
          failed attempts, years since graduation, research, US clinical experience (for IMGs) and whether you need a
          visa, each compared with a typical applicant of your kind. The baseline assumes you apply about as widely as
          those applicants did.
        </p>
      </Section>

      <Section id="program-chances">
        <p>
          <strong>Interview chance.</strong> Each program has a bar: the typical Step 2 CK score of the residents it
          matched. The further your score is above that bar, the better your chance; the further below, the lower, and
          points count more when you are far below. When a program does not publish its bar we use the specialty&apos;s.
          Being under a program&apos;s stated minimum lowers the chance further; a strict minimum leaves the program out.
        </p>
        <p>Then the things programs look at move the chance up or down:</p>
        <ul className="list-disc pl-5">
          <li>
            <strong>How open the program is to applicants like you:</strong> its share of residents who are IMGs, DOs
            or US MDs.
          </li>
          <li>
            <strong>Visa:</strong> needing one lowers the chance
            {visaRates?.imgByVisaNeed
              ? ` (in the ${visaRates.year} Match, IMGs who needed a visa matched ${visaRates.imgByVisaNeed.visaNeeded}% of the time, against ${visaRates.imgByVisaNeed.visaNotNeeded}% for those who did not)`
              : ''}
            . A program known not to sponsor your visa is left out.
          </li>
          <li>
            <strong>Failed attempts:</strong> each one lowers the chance; many programs screen on first-attempt passes.
          </li>
          <li>
            <strong>Years since graduation:</strong> no effect for the first {model.recencyFreeYears} years, then a
            little less each year.
          </li>
          <li>
            <strong>Research:</strong> helps, the first few items most, and more at research-heavy programs.
          </li>
          <li>
            <strong>US clinical experience</strong> (IMGs): helps, up to about {model.usceFullCreditMonths} months.
          </li>
        </ul>
        <p>
          These chances are tuned so that, taken together over a typical list, they give back your baseline: the
          program numbers and the specialty number agree.
        </p>
        <p>
          <strong>Match chance.</strong> An interview is not a match: each interview turns into a match only some of
          the time. Your match chance at a program is its interview chance times how often an interview ends in a match
          for applicants of your kind, so it is always lower.
        </p>
      </Section>

      <Section id="ranges">
        <p>
          Every chance comes with a range, such as &ldquo;62% (48–71%)&rdquo;. The range is how sure we are. It widens for
          each figure we had to assume: a program that has not reported its typical score, its share of residents like
          you or whether it sponsors your visa; a score, failed attempts, research or clinical months you left blank; a
          COMLEX score we converted to a Step 2 CK estimate. Tell us more and the ranges narrow.
        </p>
      </Section>

      <Section id="curve">
        <p>
          Your applications are not separate coin tosses: the same you goes to every program. A strong applicant tends
          to get many interviews; a weaker one, few. If the programs that are a long shot for you turn you down, similar
          programs probably will too.
        </p>
        <p>
          So we do not simply multiply the chances. Doing that would promise a near-certain match from any long list of
          long shots. Instead the curve &ldquo;chance of at least one match&rdquo; rises quickly over your first
          applications, then flattens: past a point, more applications to similar programs add little.
        </p>
      </Section>

      <Section id="tiers">
        <p>
          Interview chances are low for almost everyone, and how low depends on what kind of applicant you are: applicants
          like you who matched were interviewed at only some of their applications. The tiers are measured against that
          rate for your kind of applicant, so a target is a program where you stand about as well as applicants like you
          who matched:
        </p>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Interview chance that divides the tiers, by kind of applicant</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">Applicant</th>
              <th scope="col" className="py-1 pr-3">Matched applicants interviewed at</th>
              <th scope="col" className="py-1 pr-3">Reach under</th>
              <th scope="col" className="py-1">Safety from</th>
            </tr>
          </thead>
          <tbody>
            {APPLICANT_TYPES.map((type) => {
              const t = tierThresholds(type);
              return (
                <tr key={type} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {TYPE_NAMES[type]}
                  </th>
                  <td className="py-1 pr-3">{pct1(t.typicalMatchedRate)} of applications</td>
                  <td className="py-1 pr-3">{pct1(t.reachBelow)}</td>
                  <td className="py-1">{pct1(t.safetyFrom)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p>
          These rates come from the model fitted to published figures: AAMC&apos;s application counts (US MD{' '}
          {TYPICAL_APPLICATIONS.US_MD}, DO {TYPICAL_APPLICATIONS.US_DO}, IMG {TYPICAL_APPLICATIONS.NON_US_IMG} per
          applicant) and NRMP&apos;s rank-list lengths of matched and unmatched applicants. A reach has under half the
          odds of an interview at that rate; a safety at least twice them. A safety is a likelier interview, never a sure
          one.
        </p>
        <p>
          Where those lines would leave more than {Math.round(100 * (1 - JUDGEMENTS.tierMinShare.value))}% of a
          specialty&apos;s list on one side (every program a reach for a weak applicant, every one a safety for a very
          strong one), the tiers would tell you nothing, so the lines move into that list until at least{' '}
          {Math.round(100 * JUDGEMENTS.tierMinShare.value)}% of it is on the other side, keeping the same odds ratio
          between them, and the results page says that the tiers now compare your programs with each other. The chances
          themselves do not move. Where every program shows the same chance, there is nothing to tell apart and one tier
          remains.
        </p>
        <p>
          Your list is ranked by a blend of {pct(RANK_WEIGHT_CHANCE)} where you stand at the program (how far you are above
          or below what it usually takes) and {pct(RANK_WEIGHT_FIT)} fit with what you asked for. Where you stand does not
          depend on how strong you are overall, so two applicants who differ only in scores see the programs in the same
          order, and the weaker one&apos;s chances are lower at every one.
        </p>
      </Section>

      <Section id="recommended">
        <p>
          We walk down your ranked list and follow the curve of your chance of at least one match. The number we recommend
          is the smallest count whose chance reaches your target: {MATCH_TARGETS.map((t) => pct(t)).join(', ')} (you
          choose; {pct(TARGET_MATCH_PROBABILITY)} unless you do). We show the count for each of the three targets, and
          what the next {usd(MARGINAL_SPEND_USD)} of fees would add, in points of chance, so you can judge where to stop.
        </p>
        <p>
          We never recommend fewer than {MIN_RECOMMENDED_APPLICATIONS} programs when you have that many: interviews, not
          applications, become your rank list, and short lists are where applicants go unmatched. The curve ends at the
          first {CURVE_MAX_POINTS} programs on your list. When even applying to all of them leaves your chance under your
          target, we say so plainly, recommend applying to all of them, show the specialties where applicants like you
          match most often, and count your backup specialties in your overall chance. A weaker applicant is never told to
          send fewer applications than a stronger one in the same specialty.
        </p>
        <p>
          The curve agrees with your baseline: applying to as many programs as applicants like you typically do (US MD{' '}
          {TYPICAL_APPLICATIONS.US_MD}, DO {TYPICAL_APPLICATIONS.US_DO}, IMG {TYPICAL_APPLICATIONS.NON_US_IMG}; AAMC) gives
          about the share of applicants like you who matched.
        </p>
      </Section>

      <Section id="fees">
        <SeasonFactsTables facts={seasonFacts(matchYearFor(new Date()))} />
        <p>
          The NRMP charges separately to rank programs: {usd(NRMP_REGISTRATION_FEE_USD)} with {NRMP_RANKS_INCLUDED} ranks
          included, then {usd(NRMP_FEE_PER_RANK_BEYOND_20_USD)} per extra rank. We do not add it to the cost shown.
          Source: {NRMP_FEES_SOURCE}.
        </p>
      </Section>

      <Section id="signals">
        <p>
          Many specialties let you send a few program signals to say a program is one of your top choices; some have gold
          and silver signals. The counts per specialty come from the AAMC.
        </p>
        <p>
          Programs interview signalled applicants more often. The published yields (for example orthopaedics,
          dermatology, emergency medicine and otolaryngology) compare signalled with unsignalled applications, but
          applicants signal where they already stand best, so only half of the published difference is credited to the
          signal itself. Where a specialty has no published yield we use the middle of the published ones (odds about{' '}
          {Number(Math.exp(DEFAULT_SIGNAL_LOG_ODDS).toFixed(1))} times higher observed; {OBSERVED_SIGNAL_LOG_ODDS.size}{' '}
          specialties have their own).
        </p>
        <p>
          We place each signal where it raises your chance of matching the most, one per institution, and show the
          program&apos;s interview chance without and with it. Signals tend to go to programs where you are competitive
          but not sure, not to long shots (a signal barely moves a very low chance) nor to places that would interview
          you anyway. Your overall chance does not add the signals on top: the published match rates it is fitted to
          already include applicants who signalled as most do.
        </p>
      </Section>

      <Section id="overall">
        <p>
          The overall chance answers &ldquo;will I match at all?&rdquo; for your whole plan: your main specialty and your
          backups, each with its recommended number of applications. It is not the sum of the specialties&apos;
          chances: the same application goes to all of them, so if you are weaker than your scores suggest, you are
          weaker everywhere. We model that shared strength, so the overall chance is at least your best single
          specialty&apos;s and less than treating them as independent. Its range is the same calculation at the low and
          high ends of your estimate.
        </p>
      </Section>

      <Section id="comlex">
        <p>
          If you give a COMLEX Level 2-CE score and no Step 2 CK, we place it on the Step 2 CK scale by standing: the
          same number of standard deviations from the mean of first-time takers. COMLEX Level 2-CE is scaled to a mean of
          about {COMLEX_LEVEL2_SCALE.mean} (standard deviation {COMLEX_LEVEL2_SCALE.sd}; {COMLEX_LEVEL2_SCALE.source}); Step
          2 CK to about {STEP2_CK_SCALE.mean} ({STEP2_CK_SCALE.sd}). So {COMLEX_LEVEL2_SCALE.mean} reads as{' '}
          {STEP2_CK_SCALE.mean}. The two exams correlate at about {COMLEX_STEP2_CORRELATION.r} (
          {COMLEX_STEP2_CORRELATION.source}), so a converted score is uncertain by about{' '}
          {COMLEX_CONVERSION_UNCERTAINTY_POINTS} points: its ranges are wider, and a program&apos;s Step 2 CK cutoff is
          treated as a soft screen rather than leaving the program out.
        </p>
      </Section>

      <Section id="calibration">
        <p>
          The model is fitted to the NRMP tables of US MD seniors&apos; match rate by Step 2 CK band (
          {Object.keys(CALIBRATION_COEFFICIENTS.leaveOneOut.bySpecialty).length} specialties), and to the published
          match rates of DO seniors, US citizen IMGs and non-US citizen IMGs, with one set of parameters for all. To see
          whether it generalizes, we leave each specialty&apos;s table out, refit, and predict the table we left out. The
          average error on the left-out tables is {CALIBRATION_COEFFICIENTS.leaveOneOut.maePointsWeighted.toFixed(1)}{' '}
          percentage points, weighted by applicants ({CALIBRATION_COEFFICIENTS.leaveOneOut.maePointsUnweighted.toFixed(1)}{' '}
          with every band counted once). Where the error is largest:
        </p>
        <ul className="list-disc pl-5">
          {Object.entries(CALIBRATION_COEFFICIENTS.leaveOneOut.bySpecialty)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 5)
            .map(([code, error]) => (
              <li key={code}>
                {code}: {error.toFixed(1)} points
              </li>
            ))}
        </ul>
        <CalibrationTables report={demoCalibrationReport(matchYearFor(new Date()))} />
        <h3 className="text-lg font-semibold text-slate-900">What is not calibrated</h3>
        <ul className="list-disc pl-5">
          <li>
            <strong>Program by program.</strong> No source publishes who matched at which program, so a program&apos;s
            chance is the specialty&apos;s, moved by how that program compares (its scores, its residents, what it
            sponsors). The ranked order is a model, not a record.
          </li>
          <li>
            <strong>DO seniors and IMGs by score.</strong> NRMP publishes band tables only for US MD seniors. For the
            others, the score effect is the US MD one, centred on their own typical scores, and only their
            specialty-level rates are matched.
          </li>
          <li>
            <strong>The effects listed under judgements</strong> (failed attempts, years since graduation, research, US
            clinical experience, visa need beyond the published gap, signals): sized from what is published where we
            could, and stated as judgements where not.
          </li>
          <li>
            <strong>Specialties without a table.</strong> Thoracic surgery has no band table. Urology matches through
            the AUA, not the NRMP: its chances lean on the AUA&apos;s pooled 2015–2024 rates, with wider ranges.
            Ophthalmology matches through SF Match, which publishes no figures we could use, so it is not offered.
          </li>
          <li>
            <strong>The PGY-1 year.</strong> Where an advanced specialty (dermatology, radiology, radiation oncology,
            PM&amp;R and some anesthesiology and neurology programs) starts at PGY-2, we plan the transitional and
            preliminary applications it needs, and where a categorical target is out of reach we show preliminary
            positions as a fallback. No source we hold gives PGY-1 outcomes by applicant type: these chances use the
            model shared by every specialty, with wider ranges. Which PGY-1 years each specialty takes is our reading of
            the ACGME program requirements, not verified for 2026–27; the programs and positions follow the{' '}
            {PGY1_TRACKS.TY.source}.
          </li>
        </ul>
        <p>
          Run <code>npm run calibration</code> in the source to print every table with its tolerance checks.
        </p>
      </Section>

      <Section id="judgements">
        <p>
          Some numbers no source gives us: where a tier starts, how much a failed attempt costs, the fewest applications
          we recommend. Each is a judgement, listed here with its reason.
        </p>
        <dl className="flex flex-col gap-3">
          {listJudgements().map((j) => (
            <div key={j.key}>
              <dt className="font-semibold text-slate-900">
                {j.usedFor}: {j.value} ({j.unit})
              </dt>
              <dd>{j.reason}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="limits">
        <ul className="list-disc pl-5">
          <li>
            <strong>The programs are fictional.</strong> The demo catalog is generated to follow published figures, in
            real cities, but no program in it is real. Don&apos;t use it to choose where to apply.
          </li>
          <li>
            <strong>Estimates are not guarantees.</strong> Published figures are averages over many applicants and
            years; programs change what they look for each season.
          </li>
          <li>
            <strong>We cannot see most of your application:</strong> letters, personal statement, school, interviews,
            and how programs rank you. Talk your list over with an advisor.
          </li>
        </ul>
        <p>
          <Link href="/plan">Plan your list</Link>
        </p>
      </Section>

      <Section id="sources">
        <p>Every figure SmartPick uses, with its year or season:</p>
        <ReferenceSourceList />
      </Section>
    </article>
  );
}
