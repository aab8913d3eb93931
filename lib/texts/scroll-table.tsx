/** @jsxImportSource @/lib/html */
import type { Child } from "../html/jsx-runtime";

/** A table that scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */
export function ScrollTable({ label, children }: { label: string; children: Child }) {
  return (
    // A named <section> is a region landmark: the native element for role="region".
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
