"use client";

import { useEffect, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { IgnoredParam } from "@/lib/url/view-state";
import { useView } from "./view-context";

/**
 * Says which parts of the link were ignored (as text: React escapes it), and rewrites the address
 * to the clean view so that the garbage is not shared further. Dismissible.
 */
export function UrlNotice({ ignored, strings }: { ignored: IgnoredParam[]; strings: Messages["notice"] }) {
  const t = { notice: strings };
  const { view, replace } = useView();
  const [isOpen, setOpen] = useState(true);
  useEffect(() => {
    if (ignored.length > 0) replace(view);
    // Only once, for the link the page was opened with.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  if (!isOpen || ignored.length === 0) return null;
  return (
    <div className="url-notice" role="status">
      <p>
        <strong>{t.notice.title}</strong> {t.notice.body}
      </p>
      <ul>
        {ignored.map((i) => (
          <li key={i.param}>
            <code>{i.param}</code>
            {i.raw ? (
              <>
                {" "}
                = <code className="url-notice__raw">{i.raw}</code>
              </>
            ) : null}
            : {i.why}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => setOpen(false)}>
        {t.notice.dismiss}
      </button>
    </div>
  );
}
