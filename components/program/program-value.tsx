import type { ProgramFacts } from '@/lib/catalog/program-detail';
import type { ProgramDetailField } from '@/lib/catalog/program-sources';
import { formatField, NOT_REPORTED, safeWebsiteUrl } from './program-words';

/** One value of a program in words; "Not reported" where the catalog has nothing; websites as external links. */
export function ProgramValue({ field, program }: { field: ProgramDetailField; program: ProgramFacts }) {
  const text = formatField(field, program);
  if (text === null) return <span className="text-slate-700 italic">{NOT_REPORTED}</span>;
  const url = field === 'website' ? safeWebsiteUrl(text) : null;
  if (url) {
    return (
      <a href={url} target="_blank" rel="noopener noreferrer" className="break-all">
        {text}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    );
  }
  return <>{text}</>;
}
