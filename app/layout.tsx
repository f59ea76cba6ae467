import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { CompareTray } from '@/components/compare/compare-tray';
import { EarlyRankingScript } from '@/components/results/early-ranking-script';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { template: '%s · SmartPick', default: 'SmartPick — build your residency application list' },
  description:
    'SmartPick ranks residency programs for US MD and DO seniors, IMGs and their advisors: reach, target and safety programs with your interview chance, fit and the reasons why.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry that response's CSP nonce (proxy.ts), which
  // a page prerendered at build time could not.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <EarlyRankingScript />
        <a
          href="#main"
          className="sr-only rounded-md bg-blue-700 px-4 py-2 font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:text-white"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <CompareTray />
        <SiteFooter />
      </body>
    </html>
  );
}
