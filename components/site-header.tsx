import { IntentLink } from '@/components/ui/intent-link';
import { AccountMenu } from './account-menu';

const NAV_LINK = 'inline-flex min-h-11 items-center rounded-md px-3 font-medium text-slate-900 hover:bg-slate-100';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <IntentLink href="/" className="text-xl font-bold text-slate-900 no-underline hover:text-blue-800">
          SmartPick
        </IntentLink>
        <AccountMenu navLinkClassName={NAV_LINK}>
          <li>
            <IntentLink href="/plan" className={NAV_LINK}>
              Plan
            </IntentLink>
          </li>
          <li>
            <IntentLink href="/programs" className={NAV_LINK}>
              Programs
            </IntentLink>
          </li>
          <li>
            <IntentLink href="/how-we-estimate" className={NAV_LINK}>
              How we estimate
            </IntentLink>
          </li>
        </AccountMenu>
      </div>
    </header>
  );
}
