import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A link to another view of the same page: a real link (works without JavaScript, opens in a new
 * tab), and with JavaScript a soft navigation that keeps the scroll position while the server
 * renders the new view. No prefetch: a view is rendered when it is chosen, not when it scrolls by.
 */
export function ViewLink({
  href,
  className,
  isCurrent,
  label,
  children,
}: {
  href: string;
  className?: string;
  isCurrent?: boolean;
  label?: string;
  children: ReactNode;
}) {
  return (
    <Link href={href} scroll={false} prefetch={false} className={className} aria-current={isCurrent ? "true" : undefined} aria-label={label}>
      {children}
    </Link>
  );
}
