import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-slate-900 no-underline hover:text-blue-800">
          SmartPick
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1">
            <li>
              <Link href="/plan" className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-slate-900 hover:bg-slate-100">
                Plan
              </Link>
            </li>
            <li>
              <Link
                href="/how-we-estimate"
                className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-slate-900 hover:bg-slate-100"
              >
                How we estimate
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
