import { IntentLink } from '@/components/ui/intent-link';
import type { ButtonHTMLAttributes, ComponentProps } from 'react';

type Variant = 'primary' | 'secondary';

const BASE =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-base font-semibold no-underline ' +
  'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-70';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-blue-700 text-white hover:bg-blue-800 hover:text-white',
  secondary: 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 hover:text-slate-900',
};

export function buttonClasses(variant: Variant = 'primary', className = ''): string {
  return `${BASE} ${VARIANTS[variant]} ${className}`.trim();
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
}

export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}

interface LinkButtonProps extends ComponentProps<typeof IntentLink> {
  variant?: Variant;
}

/** A link that looks like a button: navigation stays a link for assistive technology. */
export function LinkButton({ variant = 'primary', className, ...props }: LinkButtonProps) {
  return <IntentLink className={buttonClasses(variant, className)} {...props} />;
}
