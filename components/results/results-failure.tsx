import { Button, LinkButton } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { FetchFailure } from './fetch-recommendations';

/** What went wrong, in words, with the way out: retry, or go back to the answers. */
export function ResultsFailure({ failure, onRetry }: { failure: FetchFailure; onRetry: () => void }) {
  if (failure.kind === 'invalid') {
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="error" role="alert" title="Some of your answers can't be used">
          {failure.messages.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {failure.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : (
            <p>{failure.message}</p>
          )}
        </Notice>
        <LinkButton href="/plan" className="self-start">
          Edit my answers
        </LinkButton>
      </div>
    );
  }
  const text = {
    busy: { title: 'Please wait a moment', body: 'The service is busy, try again in a moment.' },
    network: { title: "We couldn't reach SmartPick", body: 'Check your internet connection, then try again.' },
    server: { title: 'Something went wrong on our side', body: 'Please try again in a moment.' },
  }[failure.kind];
  return (
    <div className="flex flex-col gap-4">
      <Notice tone="error" role="alert" title={text.title}>
        <p>{text.body}</p>
      </Notice>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onRetry}>Try again</Button>
        <LinkButton href="/plan" variant="secondary">
          Edit my answers
        </LinkButton>
      </div>
    </div>
  );
}
