"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * The map picture's markers are plain links in server HTML (lib/map/picture-html.ts). With
 * JavaScript, a plain click on one becomes a soft navigation that keeps the scroll position, as a
 * ViewLink does; a click with a modifier key (new tab, new window, download) keeps its default.
 * Renders nothing.
 */
export function PictureLinks(): null {
  const router = useRouter();
  useEffect(() => {
    const handleClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest("[data-map-picture] a[data-place]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin || (link.target && link.target !== "_self")) return;
      e.preventDefault();
      router.push(link.getAttribute("href")!, { scroll: false });
    };
    document.addEventListener("click", handleClick);
    return () => document.removeEventListener("click", handleClick);
  }, [router]);
  return null;
}
