import { LinkButton } from '@/components/ui/button';

const STEPS = [
  {
    title: 'Your profile',
    text: 'Applicant type, graduation year, scores, failed attempts, research, US clinical experience and the visa you need.',
  },
  { title: 'Your preferences', text: 'Specialties, the states you want or want to avoid, program types and settings.' },
  {
    title: 'Your ranked list',
    text: 'Every program you are eligible for, tiered reach, target or safety, with your interview chance and its range, a fit score, and the reasons behind both.',
  },
] as const;

export default function LandingPage() {
  return (
    <div className="flex flex-col gap-12">
      <section className="flex flex-col gap-5">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Build a residency application list that fits you</h1>
        <p className="max-w-2xl text-lg text-slate-800">
          SmartPick ranks residency programs by how well they fit what you want and how likely you are to get an interview.
          It leaves out the programs you can&apos;t apply to, says why, and sorts the rest into reach, target and safety.
        </p>
        <p className="max-w-2xl text-slate-800">
          For US MD and DO seniors and graduates, international medical graduates (IMGs), and the advisors who help them.
        </p>
        <div>
          <LinkButton href="/plan" className="px-6 text-lg">
            Start — no account needed
          </LinkButton>
        </div>
      </section>

      <section id="how-it-works" aria-labelledby="how-heading" className="flex scroll-mt-4 flex-col gap-4">
        <h2 id="how-heading" className="text-2xl font-bold text-slate-900">
          How it works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step.title} className="rounded-lg border border-slate-300 p-4">
              <p className="text-sm font-semibold text-blue-800">Step {index + 1}</p>
              <h3 className="mt-1 text-lg font-semibold text-slate-900">{step.title}</h3>
              <p className="mt-2 text-slate-800">{step.text}</p>
            </li>
          ))}
        </ol>
        <p className="text-slate-800">
          What happens to your answers: this browser keeps them so you can come back and edit them; they are sent to
          SmartPick to rank programs each time you ask, and kept on our side only if you sign in and save a list. Scores
          never go into a web address, and you don&apos;t need an account.
        </p>
      </section>

      <aside aria-labelledby="demo-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
        <h2 id="demo-heading" className="font-semibold text-slate-900">
          About the programs
        </h2>
        <p className="mt-1 text-slate-800">
          The catalog is demo data: fictional programs in real cities, generated to follow published NRMP figures for each
          specialty. The rankings show how SmartPick works; don&apos;t use them to choose real programs.
        </p>
      </aside>
    </div>
  );
}
