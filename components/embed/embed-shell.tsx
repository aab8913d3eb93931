import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

/** The frame around an embedded map or chart: its content, then a link back to the full view. */
export function EmbedShell({ fullHref, t, children }: { fullHref: string; t: Messages; children: ReactNode }) {
  return (
    <main id="main" className="embed">
      {children}
      <p className="embed__back small">
        <a href={fullHref} target="_top">
          {t.site.name}: {t.share.embedBack} ↗
        </a>
      </p>
    </main>
  );
}
