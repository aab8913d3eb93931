import type { Messages } from "@/lib/i18n/messages";

export function SiteFooter({ t, compiled }: { t: Messages; compiled: string }) {
  return (
    <footer className="site-footer">
      <p>{t.footer.data(compiled)}</p>
      <p>{t.footer.method}</p>
    </footer>
  );
}
