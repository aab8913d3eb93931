"use client";

import type { MouseEvent, ReactNode } from "react";

/**
 * A real link to a view (works without JavaScript, opens in a new tab on ctrl/cmd-click) that,
 * on a plain click, changes the view in place through `onNavigate` instead of reloading.
 */
export function NavLink({
  href,
  onNavigate,
  children,
  className,
  isCurrent,
}: {
  href: string;
  onNavigate: () => void;
  children: ReactNode;
  className?: string;
  isCurrent?: boolean;
}) {
  function handleClick(e: MouseEvent<HTMLAnchorElement>) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onNavigate();
  }
  return (
    <a href={href} onClick={handleClick} className={className} aria-current={isCurrent ? "true" : undefined}>
      {children}
    </a>
  );
}
