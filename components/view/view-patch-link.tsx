"use client";

import type { ReactNode } from "react";
import type { ViewState } from "@/lib/url/view-state";
import { NavLink } from "./nav-link";
import { useView } from "./view-context";

/**
 * A real link to the current view with some fields changed (works without JavaScript); with it,
 * a soft navigation, so the server renders the new view. <ViewPatchLink patch={{ scope: "nationwide" }}>.
 */
export function ViewPatchLink({
  patch,
  hash,
  className,
  isCurrent,
  children,
}: {
  patch: Partial<ViewState>;
  hash?: string;
  className?: string;
  isCurrent?: boolean;
  children: ReactNode;
}) {
  const { view, hrefOf, push } = useView();
  const next = { ...view, ...patch };
  const href = `${hrefOf(next).split("#")[0]}${hash ? `#${hash}` : ""}`;
  return (
    <NavLink href={href} onNavigate={() => push(next)} className={className} isCurrent={isCurrent}>
      {children}
    </NavLink>
  );
}
