// The ways back from a program's page and the compare view: to the catalog, or to a ranked plan.
import Link from 'next/link';
import { LinkButton } from '@/components/ui/button';

export function BackToCatalogLink() {
  return (
    <p>
      <Link href="/programs">
        <span aria-hidden="true">← </span>Back to the catalog
      </Link>
    </p>
  );
}

export function CatalogNextSteps() {
  return (
    <div className="flex flex-wrap gap-3">
      <LinkButton href="/programs">Browse the catalog</LinkButton>
      <LinkButton href="/plan" variant="secondary">
        Rank programs for my plan
      </LinkButton>
    </div>
  );
}
