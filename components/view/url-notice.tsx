"use client";

import { useEffect, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { fillTemplate } from "@/lib/url/ignore-reasons";
import { parseViewState, type IgnoredParam } from "@/lib/url/view-state";
import { loadPartJson } from "./part-json";
import { usePictureAddress } from "./picture-strings";
import { useView, useViewIds } from "./view-context";

/**
 * Says which parts of the link were ignored (as text: React escapes it), and rewrites the address
 * to the clean view so that the garbage is not shared further. Dismissible.
 *
 * Worked out in the browser from the address itself: the server answers every URL of a view with
 * the one cached page of its canonical URL, so the HTML cannot know what the reader's link held.
 * It floats over the page (no layout shift when it appears); without JavaScript there is no notice,
 * and the page shows the clean view all the same. Its words are fetched only when there is
 * something to say (`src`: the key of the notice-words part, lib/pictures/): most links have
 * nothing ignored, and the page's payload stays without them.
 */
export function UrlNotice({ src }: { src: string }) {
  const { view, replace } = useView();
  const ids = useViewIds();
  const address = usePictureAddress()(src);
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const [strings, setStrings] = useState<Messages["notice"] | null>(null);
  useEffect(() => {
    const found = parseViewState(new URLSearchParams(window.location.search), ids).ignored;
    if (found.length === 0) return;
    // The address exists only in the browser, after hydration: reading it while rendering would make the HTML differ.
    setIgnored(found); // eslint-disable-line react-hooks/set-state-in-effect
    replace(view);
    // Without its words (the fetch failed) there is no notice: the page shows the clean view all the same.
    loadPartJson<Messages["notice"]>(address).then(setStrings, () => undefined);
    // Only once, for the link the page was opened with.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  if (ignored.length === 0 || !strings) return null;
  const t = { notice: strings };
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
            : {fillTemplate(t.notice.reasons[i.code], i.args)}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => setIgnored([])}>
        {t.notice.dismiss}
      </button>
    </div>
  );
}
