// Page-side code of the bench's browser session (bench/page-session.mjs): functions that Playwright
// serializes and runs inside the page, so they may use only the page's globals, never an import.

/**
 * Installed before the page's own scripts. Records, for the page's lifetime: the first pointerdown
 * and click (their event timeStamp, on the performance.now() clock, and the moment the handler ran),
 * and the moment the map container's data-ready attribute first became "true".
 */
export function observePage() {
  const record = () => {
    const el = document.querySelector(".maplibregl-map");
    if (el && el.dataset.ready === "true" && window.__benchReadyAttrMs === undefined) window.__benchReadyAttrMs = performance.now();
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready", "class"] });
  const firstInput = (type) => (event) => {
    if (window[`__bench_${type}`] !== undefined) return;
    const now = performance.now();
    // timeStamp is on the performance.now() clock; fall back to the handler's time if it is not.
    const stamp = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
    window[`__bench_${type}`] = { stampMs: stamp, handledMs: now };
  };
  addEventListener("pointerdown", firstInput("pointerdown"), { capture: true });
  addEventListener("click", firstInput("click"), { capture: true });
  // The first animation frame in which the map picture is laid out with a non-zero box (it is painted
  // at the end of that frame). Checked from here, not from Playwright, whose polling may start later
  // than a server-rendered picture's first paint. Stops once found, once the live map is ready, or after 2 minutes.
  const tick = () => {
    const pic = document.querySelector("[data-map-picture]");
    const box = pic?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) {
      window.__benchPictureMs = performance.now();
      return;
    }
    if (performance.now() > 120_000 || document.querySelector(".maplibregl-map")?.dataset.ready === "true") return;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // The browser's own Largest Contentful Paint candidates: the latest one, with its element described
  // while it is in the page (the reader's click ends LCP; the bench reads it before clicking).
  const describe = (el) => {
    const part = (n) =>
      n.tagName.toLowerCase() +
      (n.id ? `#${n.id}` : "") +
      [...n.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join("");
    const parts = [];
    for (let n = el; n && n.nodeType === 1 && n !== document.body && parts.length < 4; n = n.parentElement) parts.unshift(part(n));
    const html = el.outerHTML;
    return {
      selector: parts.join(" > "),
      nodeLabel: (el.getAttribute("aria-label") || el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 80),
      snippet: html.slice(0, Math.min(html.indexOf(">") + 1 || 200, 200)),
    };
  };
  try {
    new PerformanceObserver((list) => {
      const e = list.getEntries().at(-1);
      if (e) window.__benchLcp = { startTimeMs: e.startTime, size: e.size, url: e.url || null, element: e.element ? describe(e.element) : null };
    }).observe({ type: "largest-contentful-paint", buffered: true });
  } catch {
    /* no LCP in this browser */
  }
}

/** Page-side: the map picture's state, or the live map's readiness (old page without a picture). */
export function pictureOrMapState([pictureSel, liveSel]) {
  if (window.__benchPictureMs !== undefined) return { kind: "picture", ms: window.__benchPictureMs };
  const pic = document.querySelector(pictureSel);
  if (pic) {
    const r = pic.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { kind: "picture", ms: performance.now() } : false;
  }
  return document.querySelector(liveSel)?.dataset.ready === "true" ? { kind: "liveMap", ms: performance.now() } : false;
}
