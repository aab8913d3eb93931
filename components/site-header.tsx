import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";

export function SiteHeader({ t, current }: { t: Messages; current: "overview" | "sources" }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.site.skipToContent}
      </a>
      <div className="site-header__inner">
        <Link className="site-name" href="/">
          {t.site.name}
        </Link>
        <nav aria-label={t.site.name}>
          <Link href="/" aria-current={current === "overview" ? "page" : undefined}>
            {t.site.navOverview}
          </Link>
          <Link href="/sources" aria-current={current === "sources" ? "page" : undefined}>
            {t.site.navSources}
          </Link>
        </nav>
      </div>
    </header>
  );
}
