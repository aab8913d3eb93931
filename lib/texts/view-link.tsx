/** @jsxImportSource @/lib/html */
import type { Child } from "../html/jsx-runtime";

/**
 * A link to another view of the same page, in a part sent once: a real link (works without
 * JavaScript, opens in a new tab), marked `data-view-link` so that, with JavaScript, a plain
 * click becomes a soft navigation that keeps the scroll position (components/map/picture-links.tsx
 * delegates it), as components/view/view-link.tsx does in React's part of the page.
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
  children?: Child;
}) {
  return (
    <a href={href} className={className} aria-current={isCurrent ? "true" : undefined} aria-label={label} data-view-link="">
      {children}
    </a>
  );
}
