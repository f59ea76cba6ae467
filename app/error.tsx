'use client';

import { useEffect } from 'react';
import { Button, LinkButton } from '@/components/ui/button';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    // Server errors arrive with a digest only (Next hides their message); the server log has the rest.
    console.error(error);
  }, [error]);

  return (
    <div className="flex flex-col items-start gap-4">
      <h1 className="text-3xl font-bold text-slate-900">Something went wrong</h1>
      <p className="text-slate-800">
        We couldn&apos;t load this page. It is usually brief: try again in a moment. Your answers are still saved in this
        browser.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <LinkButton href="/" variant="secondary">
          Go to the home page
        </LinkButton>
      </div>
    </div>
  );
}
