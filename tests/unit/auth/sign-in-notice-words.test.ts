import { describe, expect, it } from 'vitest';
import { signInNoticeSummary } from '@/components/auth/sign-in-notice-words';

describe('signInNoticeSummary', () => {
  it.each([
    [{ failedAttempts: 1, firstAt: '2026-12-07T14:05:00Z', lastAt: '2026-12-07T14:05:00Z' }, 'Someone tried to sign in to your account with a wrong password once, on Dec 7, 2026, 2:05 PM UTC.'],
    [
      { failedAttempts: 8, firstAt: '2026-12-07T14:05:00Z', lastAt: '2026-12-08T09:30:00Z' },
      'Someone tried to sign in to your account with a wrong password 8 times, between Dec 7, 2026, 2:05 PM UTC and Dec 8, 2026, 9:30 AM UTC.',
    ],
    [{ failedAttempts: 1200, firstAt: '2026-12-07T14:05:00Z', lastAt: '2026-12-07T14:05:00Z' }, 'Someone tried to sign in to your account with a wrong password 1,200 times, on Dec 7, 2026, 2:05 PM UTC.'],
  ])('%o', (notice, words) => {
    expect(signInNoticeSummary(notice, 'UTC')).toBe(words);
  });
});
