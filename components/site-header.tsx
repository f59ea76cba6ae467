import Link from 'next/link';
import { AccountMenu } from './account-menu';

const NAV_LINK = 'inline-flex min-h-11 items-center rounded-md px-3 font-medium text-slate-900 hover:bg-slate-100';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-slate-900 no-underline hover:text-blue-800">
          SmartPick
        </Link>
        <AccountMenu navLinkClassName={NAV_LINK}>
          <li>
            <Link href="/plan" className={NAV_LINK}>
              Plan
            </Link>
          </li>
          <li>
            <Link href="/programs" className={NAV_LINK}>
              Programs
            </Link>
          </li>
          <li>
            <Link href="/how-we-estimate" className={NAV_LINK}>
              How we estimate
            </Link>
          </li>
        </AccountMenu>
      </div>
    </header>
  );
}
