"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * The map's links sent once are plain links in server HTML: the picture's markers
 * (lib/map/picture-html.ts), the transfer filter and the place list and panel (lib/texts/, marked
 * data-view-link). With JavaScript, a plain click on one becomes a soft navigation that keeps the
 * scroll position, as a ViewLink does; a click with a modifier key (new tab, new window, download)
 * keeps its default. One listener on the document for all of them; renders nothing.
 */
export function PictureLinks(): null {
  const router = useRouter();
  useEffect(() => {
    const handleClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest("[data-map-picture] a[data-place], [data-static-src] a[data-view-link]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin || (link.target && link.target !== "_self")) return;
      e.preventDefault();
      router.push(link.getAttribute("href")!, { scroll: false });
    };
    document.addEventListener("click", handleClick);
    return () => document.removeEventListener("click", handleClick);
  }, [router]);
  return null;
}
