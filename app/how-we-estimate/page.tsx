import type { Metadata } from 'next';
import Link from 'next/link';
import { ReferenceSourceList } from '@/components/reference-source-list';
import { DEFAULT_CHANCE_MODEL } from '@/lib/engine/chance-model';
import { RANK_WEIGHT_CHANCE, RANK_WEIGHT_FIT } from '@/lib/engine/rank-score';
import { TYPICAL_APPLICATIONS } from '@/lib/engine/calibration/baseline';
import { CURVE_MAX_POINTS } from '@/lib/engine/calibration/match-curve';
import {
  LOW_CEILING_MATCH_PROBABILITY,
  MIN_RECOMMENDED_APPLICATIONS,
  REMAINING_GAIN_THRESHOLD,
  SIGNAL_BAND_MAX_CHANCE,
  SIGNAL_BAND_MIN_CHANCE,
  TARGET_MATCH_PROBABILITY,
} from '@/lib/engine/strategy';
import { REACH_BELOW, SAFETY_FROM } from '@/lib/engine/tiers';
import {
  ERAS_FEE_AFTER_30_USD,
  ERAS_FEE_FIRST_30_USD,
  ERAS_FEES_SOURCE,
  ERAS_LOWER_TIER_PROGRAMS_PER_SPECIALTY,
  NRMP_FEE_PER_RANK_BEYOND_20_USD,
  NRMP_FEES_SOURCE,
  NRMP_RANKS_INCLUDED,
  NRMP_REGISTRATION_FEE_USD,
  USMLE_TRANSCRIPT_FEE_USD,
} from '@/lib/reference/fees';
import { OVERALL_MATCH_RATES } from '@/lib/reference/specialties';

export const metadata: Metadata = { title: 'How we estimate' };

const pct = (share: number) => `${Math.round(share * 100)}%`;
const usd = (amount: number) => `$${amount}`;
/** 0.02 → "2". */
const points = (share: number) => String(Number((share * 100).toFixed(2)));

const SECTIONS = [
  { id: 'baseline', title: 'Your baseline: how applicants like you did' },
  { id: 'program-chances', title: 'Your chances at each program' },
  { id: 'ranges', title: 'Why some ranges are wide' },
  { id: 'curve', title: 'Why each extra application helps less' },
  { id: 'tiers', title: 'Reach, target and safety' },
  { id: 'recommended', title: 'How many programs we recommend' },
  { id: 'fees', title: 'ERAS fees' },
  { id: 'signals', title: 'Program signals' },
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
  const usMdRate = OVERALL_MATCH_RATES.find((rates) => rates.pgy1ByApplicantType.US_MD !== undefined);
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
          Interview chances are low for almost everyone: US MD applicants sent {TYPICAL_APPLICATIONS.US_MD} applications
          on average (AAMC, 2022), and those who match rank about 14 programs, one per interview (13.7 in PM&amp;R; NRMP,
          Charting Outcomes, 2024). So even for them only about one application in five becomes an interview. The tiers
          are set around that rate:
        </p>
        <ul className="list-disc pl-5">
          <li>
            <strong>Reach:</strong> under {pct(REACH_BELOW)}, about half that rate or less. It takes{' '}
            {Math.ceil(1 / REACH_BELOW)} or more of these to expect one interview.
          </li>
          <li>
            <strong>Target:</strong> {pct(REACH_BELOW)} to {pct(SAFETY_FROM)}, around that rate.
          </li>
          <li>
            <strong>Safety:</strong> {pct(SAFETY_FROM)} or more, about twice that rate: one interview for every{' '}
            {Math.ceil(1 / SAFETY_FROM)} applications or better. Not a sure interview, only a likelier one.
          </li>
        </ul>
        <p>
          For many IMGs, and for most applicants in the most competitive specialties, nearly every program is a reach.
          That is not a mistake in your list: it is why the number we recommend can be high, and why a backup specialty
          is worth considering.
        </p>
        <p>
          Your list is ranked by a blend of {pct(RANK_WEIGHT_CHANCE)} interview chance and {pct(RANK_WEIGHT_FIT)} fit with
          what you asked for, so among programs with similar chances the ones you would want come first.
        </p>
      </Section>

      <Section id="recommended">
        <p>
          We walk down your ranked list and follow the curve. We stop at the first of these: your chance of matching
          reaches {pct(TARGET_MATCH_PROBABILITY)}, or applying to every remaining program on the curve would add less
          than {points(REMAINING_GAIN_THRESHOLD)} percentage points. We look at everything still to come, not just the
          next program: when each application adds only a little, as for many IMGs, a long list can still raise your
          chance a lot, and stopping early would leave that behind.
        </p>
        <p>
          {pct(TARGET_MATCH_PROBABILITY)} is close to the {usMdRate?.pgy1ByApplicantType.US_MD ?? 'about 93'}% of US MD
          seniors who match, so more applications buy little real safety. A gain under{' '}
          {points(REMAINING_GAIN_THRESHOLD)} points is smaller than the uncertainty of our own estimates, and past{' '}
          {ERAS_LOWER_TIER_PROGRAMS_PER_SPECIALTY} programs each application costs {usd(ERAS_FEE_AFTER_30_USD)}. We never
          recommend fewer than {MIN_RECOMMENDED_APPLICATIONS} programs when you have that many: interviews, not
          applications, become your rank list, and short lists are where applicants go unmatched. We never recommend
          more than the programs you can apply to, nor more than the first {CURVE_MAX_POINTS} on your ranked list, where
          the curve ends. If even applying to all of those leaves your chance of matching under{' '}
          {pct(LOW_CEILING_MATCH_PROBABILITY)}, we say so and suggest a backup specialty. Each specialty gets its own
          number, and a backup specialty is counted on its own.
        </p>
      </Section>

      <Section id="fees">
        <p>
          ERAS charges per program, per specialty: {usd(ERAS_FEE_FIRST_30_USD)} each for your first{' '}
          {ERAS_LOWER_TIER_PROGRAMS_PER_SPECIALTY} programs in a specialty, {usd(ERAS_FEE_AFTER_30_USD)} each after that.
          The lower fee starts again in each specialty. The cost we show is these program fees; the USMLE transcript (
          {usd(USMLE_TRANSCRIPT_FEE_USD)}, once per season) is extra. Source: {ERAS_FEES_SOURCE}.
        </p>
        <p>
          The NRMP charges separately to rank programs: {usd(NRMP_REGISTRATION_FEE_USD)} with {NRMP_RANKS_INCLUDED} ranks
          included, then {usd(NRMP_FEE_PER_RANK_BEYOND_20_USD)} per extra rank. We do not add it to the cost shown.
          Source: {NRMP_FEES_SOURCE}.
        </p>
      </Section>

      <Section id="signals">
        <p>
          Many specialties let you send a few program signals through ERAS to say a program is one of your top choices;
          some have gold and silver signals. The counts per specialty come from the AAMC.
        </p>
        <p>
          Signals help most when you are close to a program&apos;s bar, and little when you are far below it (Benjamin et
          al., Academic Medicine, 2024; Rosenblatt et al., Journal of Graduate Medical Education, 2023). So we place
          them among the programs you would apply to where your interview chance is between {pct(SIGNAL_BAND_MIN_CHANCE)}{' '}
          and {pct(SIGNAL_BAND_MAX_CHANCE)}, reaches included: gold signals to the ones that fit you best, then silver.
          Safeties, where your chance is already high, get none: a signal does more elsewhere. If too few programs are
          in that range, the rest go to your likeliest long shots.
        </p>
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
