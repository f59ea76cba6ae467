// npm run profiles — the whole reply, in short, for realistic applicants of every type, weak and
// strong, on the demo catalog: what an advisor would read before trusting an engine change.
// Prints per profile and specialty: baseline, chance at typical applications, recommended count and
// its chance, counts for 80/90/95, tier mix of the whole list and of the recommended applications,
// cost, signals, and the plan's overall chance. Not a test: a report to read (issue 15's note).
import { generateDemoCatalog } from '@/lib/catalog/demo-generator';
import { planApplications } from '@/lib/engine';
import { TYPICAL_APPLICATIONS } from '@/lib/engine/calibration/baseline';
import type { ApplicantProfile, EngineInput, Preferences } from '@/lib/engine/types';

const { programs, specialties, pgy1Programs } = generateDemoCatalog();

interface Case {
  name: string;
  profile: ApplicantProfile;
  preferences: Preferences;
}

const CASES: Case[] = [
  { name: 'US MD strong, Derm 265', profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 265, examFailures: 0, researchItems: 8, visaNeeded: 'NONE' }, preferences: { specialties: ['DERM'] } },
  { name: 'US MD weak, Derm 240', profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 240, examFailures: 0, researchItems: 2, visaNeeded: 'NONE' }, preferences: { specialties: ['DERM', 'IM'] } },
  { name: 'US MD typical, IM 245', profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 245, examFailures: 0, researchItems: 3, visaNeeded: 'NONE' }, preferences: { specialties: ['IM'] } },
  { name: 'US MD IM 235 NY/NJ', profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 235, examFailures: 0, researchItems: 2, visaNeeded: 'NONE' }, preferences: { specialties: ['IM'], preferredStates: ['NY', 'NJ'] } },
  { name: 'US MD weak, IM 225 NY/NJ', profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 225, examFailures: 1, researchItems: 1, visaNeeded: 'NONE' }, preferences: { specialties: ['IM'], preferredStates: ['NY', 'NJ'] } },
  { name: 'DO COMLEX 520 only, EM', profile: { applicantType: 'US_DO', graduationYear: 2027, comlexLevel2Score: 520, examFailures: 0, researchItems: 2, visaNeeded: 'NONE' }, preferences: { specialties: ['EM'] } },
  { name: 'DO Step2 248, EM', profile: { applicantType: 'US_DO', graduationYear: 2027, step2Score: 248, examFailures: 0, researchItems: 2, visaNeeded: 'NONE' }, preferences: { specialties: ['EM'] } },
  { name: 'DO weak COMLEX 470, FM', profile: { applicantType: 'US_DO', graduationYear: 2027, comlexLevel2Score: 470, examFailures: 1, researchItems: 0, visaNeeded: 'NONE' }, preferences: { specialties: ['FM'] } },
  { name: 'US IMG 250 GS', profile: { applicantType: 'US_IMG', graduationYear: 2025, step2Score: 250, examFailures: 0, researchItems: 3, usceMonths: 4, visaNeeded: 'NONE' }, preferences: { specialties: ['GS'] } },
  { name: 'US IMG typical 242 IM', profile: { applicantType: 'US_IMG', graduationYear: 2025, step2Score: 242, examFailures: 0, researchItems: 3, usceMonths: 3, visaNeeded: 'NONE' }, preferences: { specialties: ['IM'] } },
  { name: 'non-US IMG weak 2019/228/1F J1, IM+FM', profile: { applicantType: 'NON_US_IMG', graduationYear: 2019, step2Score: 228, examFailures: 1, researchItems: 1, usceMonths: 2, visaNeeded: 'J1' }, preferences: { specialties: ['IM', 'FM'] } },
  { name: 'non-US IMG typical 242 J1 IM', profile: { applicantType: 'NON_US_IMG', graduationYear: 2025, step2Score: 242, examFailures: 0, researchItems: 3, usceMonths: 3, visaNeeded: 'J1' }, preferences: { specialties: ['IM'] } },
  { name: 'non-US IMG strong 255 J1 IM', profile: { applicantType: 'NON_US_IMG', graduationYear: 2025, step2Score: 255, examFailures: 0, researchItems: 4, usceMonths: 6, visaNeeded: 'J1' }, preferences: { specialties: ['IM'] } },
  { name: 'non-US IMG 235 PEDS J1', profile: { applicantType: 'NON_US_IMG', graduationYear: 2025, step2Score: 235, examFailures: 0, researchItems: 3, usceMonths: 3, visaNeeded: 'J1' }, preferences: { specialties: ['PEDS'] } },
];

const pct = (p: number): string => `${(100 * p).toFixed(1)}%`;

for (const c of CASES) {
  const input: EngineInput = { profile: c.profile, preferences: c.preferences, programs, specialties, seasonYear: 2027, page: { offset: 0, limit: 10 }, pgy1Programs };
  const out = planApplications(input);
  const typical = TYPICAL_APPLICATIONS[c.profile.applicantType];
  console.log(`\n## ${c.name}`);
  console.log(`tiers (${pct(out.tierThresholds.reachBelow)} / ${pct(out.tierThresholds.safetyFrom)}): whole list`, tierCounts(out.results.map((r) => r.tier)));
  for (const s of out.strategies) {
    const curve = s.curve;
    const atTypical = curve[Math.min(typical, curve.length) - 1]?.matchProbability ?? 0;
    console.log(
      `  ${s.specialtyCode}${s.backup ? ' (backup)' : ''}: baseline ${pct(s.baseline.estimate)} (${pct(s.baseline.low)}–${pct(s.baseline.high)}); ` +
        `curve@${Math.min(typical, curve.length)} ${pct(atTypical)}; rec ${s.recommendedApplications} (${s.recommendationStop}) → ${pct(s.matchChanceAtRecommended)}; ` +
        `80/90/95: ${s.countsByTarget.map((t) => t.applications ?? '—').join('/')}; mix ${s.tierMix.reach}/${s.tierMix.target}/${s.tierMix.safety}; ` +
        `$${s.cost.usd}; +$100 → ${s.marginal ? `${s.marginal.applications} apps +${(100 * s.marginal.gain).toFixed(1)} pts` : '—'}`,
    );
    console.log(`    signals: ${s.signals.map((g) => `${g.kind} ${pct(g.interviewWithout)}→${pct(g.interviewWith)} +${(100 * g.matchGain).toFixed(1)}`).join(', ') || 'none'}`);
    console.log(`    why: ${s.recommendationReason}`);
    const pgy1 = out.pgy1BySpecialty[s.specialtyCode];
    if (pgy1) {
      console.log(
        `    PGY-1 (${pgy1.kind}, ${pgy1.tracks.map((t) => `${t.code} ${t.eligiblePrograms}`).join(' / ')}; regions ${pgy1.regions.join(',')}): ` +
          `rec ${pgy1.recommendedApplications} (${pgy1.recommendationStop}) → ${pct(pgy1.matchChanceAtRecommended)}; mix ${pgy1.tierMix.reach}/${pgy1.tierMix.target}/${pgy1.tierMix.safety}; ` +
          `$${pgy1.cost.usd} (${pgy1.costByTrack.map((l) => `${l.code} ${l.applications}`).join(', ')}); #1 ${pgy1.programs[0]?.program.name ?? '—'} ${pgy1.programs[0] ? pct(pgy1.programs[0].matchChance.estimate) : ''}`,
      );
      console.log(`      ${pgy1.why}`);
      if (pgy1.kind === 'fallback') console.log(`      ${pgy1.recommendationReason}`);
    }
  }
  const o = out.overall;
  console.log(`  total cost $${out.totalCost.usd} (${out.totalCost.applications} applications)`);
  console.log(`  overall ${pct(o.matchChance.estimate)} (${pct(o.matchChance.low)}–${pct(o.matchChance.high)}), ${o.applications} apps, $${o.usd}`);
  if (out.backupSuggestions.length > 0) console.log(`  backups: ${out.backupSuggestions.map((b) => `${b.specialtyCode} ${pct(b.baseline.estimate)}`).join(', ')}`);
  const first = out.results[0];
  if (first) console.log(`  #1 ${first.program.name}: ${first.tier}, interview ${pct(first.interviewChance.estimate)}, match ${pct(first.matchChance.estimate)}; ${first.reasons.join(' | ')}`);
}

function tierCounts(tiers: readonly string[]): string {
  const n = (t: string) => tiers.filter((x) => x === t).length;
  return `${n('reach')}/${n('target')}/${n('safety')}`;
}
