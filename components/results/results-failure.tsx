import { Button, LinkButton } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { FetchFailure } from './fetch-recommendations';
import { formatCount } from './format';

type BusyFailure = Extract<FetchFailure, { kind: 'busy' }>;

/** Why the ranking cannot come now, and when to try again (a 429's Retry-After: the limit's window). */
export function busyMessage(failure: BusyFailure): string {
  if (failure.reason === 'unavailable') return 'The service is busy, try again in a moment.';
  const when = failure.retryAfterSeconds ? `in ${formatCount(failure.retryAfterSeconds, 'second', 'seconds')}` : 'in a moment';
  return `You have asked for many rankings in a short time. Try again ${when}.`;
}

/** One sentence for a failure that leaves what is drawn in place (loading more rows). */
export function failureSentence(failure: FetchFailure): string {
  if (failure.kind === 'busy') return busyMessage(failure);
  if (failure.kind === 'network') return 'Check your connection and try again.';
  return failure.message;
}

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
  const text =
    failure.kind === 'busy'
      ? { title: 'Please wait a moment', body: busyMessage(failure) }
      : {
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
