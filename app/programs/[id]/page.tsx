import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CompareToggle } from '@/components/compare/compare-toggle';
import { ProgramFacts } from '@/components/program/program-facts';
import { YourChance } from '@/components/program/your-chance';
import { RelatedPrograms } from '@/components/program/related-programs';
import { sourceLabel } from '@/components/program/program-words';
import { Notice } from '@/components/ui/notice';
import { getProgramDetail } from '@/lib/catalog/program-detail';
import { placeLabel } from '@/lib/reference/states';
import { BackToCatalogLink } from '@/components/program/catalog-links';

type Params = Promise<{ id: string }>;

/** Read once per request for both the title and the page. */
const loadProgram = cache(getProgramDetail);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const detail = await loadProgram((await params).id);
  return { title: detail ? `${detail.program.name} (${detail.program.specialtyName})` : 'Program not found' };
}

export default async function ProgramPage({ params }: { params: Params }) {
  const detail = await loadProgram((await params).id);
  if (!detail) notFound();
  const { program, source } = detail;
  return (
    <div className="flex flex-col gap-6">
      <BackToCatalogLink />
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-slate-900">{program.name}</h1>
        <p className="text-lg text-slate-800">
          {program.specialtyName} · {program.institution} · {placeLabel(program.city, program.state)}
        </p>
        <p className="text-sm text-slate-700">Catalog: {sourceLabel(source)}</p>
        <div>
          <CompareToggle program={{ id: program.id, name: program.name }} />
        </div>
      </header>
      {source.kind === 'demo' ? (
        <Notice title="Demo data — fictional program">
          SmartPick generated this program for its demo catalog: it is not a real residency program. Its figures follow the
          published NRMP figures for {program.specialtyName}, so the rankings behave realistically.
        </Notice>
      ) : null}
      <YourChance programs={[{ id: program.id, name: program.name, specialtyCode: program.specialtyCode }]} />
      <ProgramFacts sourced={detail} />
      <RelatedPrograms institution={program.institution} related={detail.related} total={detail.relatedTotal} />
    </div>
  );
}
