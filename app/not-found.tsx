import type { Metadata } from 'next';
import { LinkButton } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="flex flex-col items-start gap-4">
      <h1 className="text-3xl font-bold text-slate-900">Page not found</h1>
      <p className="text-slate-800">There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <LinkButton href="/">Go to the home page</LinkButton>
    </div>
  );
}
