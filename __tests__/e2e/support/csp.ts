import type { BrowserContext } from "playwright-core";

/** Records every CSP violation the page reports (securitypolicyviolation events), per page. */
export async function trackCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener("securitypolicyviolation", (e) => store.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
