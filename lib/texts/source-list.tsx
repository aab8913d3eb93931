/** @jsxImportSource @/lib/html */
import { plainText } from "../i18n/localized";
import { Prose } from "./prose";
import { formatDate, formatPartialDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { SOURCE_TOPICS, type Source } from "../schema/sources";

/** Every source, grouped by topic; each entry is the anchor that citations link to. */
export function SourceList({ sources, locale, t }: { sources: readonly Source[]; locale: Locale; t: Messages }) {
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t.sourcesPage.sourcesTitle}</h2>
      {SOURCE_TOPICS.map((topic) => {
        const group = sources.filter((s) => s.topic === topic);
        if (group.length === 0) return null;
        return (
          <section key={topic} aria-labelledby={`topic-${topic}`} className="source-group">
            <h3 id={`topic-${topic}`}>
              {t.sourcesPage.topics[topic]} <span className="muted">({group.length})</span>
            </h3>
            <ol className="sources">
              {group.map((s) => (
                <li key={s.id} id={`src-${s.id}`}>
                  <span className="source__id">{s.id}</span>{" "}
                  {/* A citation keeps its title's language: a Reuters headline stays English on the Spanish page, marked as such. */}
                  <a href={s.url} rel="noopener noreferrer external" target="_blank" lang={s.language}>
                    {s.title}
                  </a>
                  <span className="muted small block">
                    {/* The publisher's name is part of the citation, in the source's language like its title. */}
                    <span lang={s.language}>{s.publisher}</span> · {t.sourcesPage.published}:{" "}
                    {s.published ? formatPartialDate(locale, s.published) : t.sourcesPage.undated}
                    {s.published_note && s.published ? ` (${plainText(s.published_note, locale)})` : ""} · {t.sourcesPage.language[s.language]} ·{" "}
                    {t.sourcesPage.titleBasis[s.title_basis]}
                  </span>
                  {s.note && (
                    <span className="small block">
                      <Prose text={s.note} locale={locale} />
                    </span>
                  )}
                  {s.file && (
                    <span className="small block source__file">
                      {t.sourcesPage.fileLine(s.file.name, s.file.sha256, s.file.retrieved ? formatDate(locale, s.file.retrieved) : null)}
                    </span>
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
