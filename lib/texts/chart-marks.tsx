/** @jsxImportSource @/lib/html */
import type { Messages } from "../i18n/messages";
import type { TimeAnnotation } from "../series/annotations";

/**
 * A chart's marks as a list under its data table, each a link to its timeline entry: how a
 * keyboard or a screen reader reaches what the marks in the picture open (those links are out of
 * the tab order). Links open in the top window, also from an embed.
 */
export function ChartMarkList({ id, marks, t }: { id: string; marks: readonly TimeAnnotation[]; t: Messages }) {
  const linked = marks.filter((a) => a.href && a.title);
  if (linked.length === 0) return "";
  return (
    <section className="chart__marks" aria-labelledby={`${id}-marks`}>
      <h4 id={`${id}-marks`}>{t.charts.marksHeading}</h4>
      <ul className="small">
        {linked.map((a) => (
          <li key={a.id}>
            <a href={a.href} target="_top">
              {a.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The charts section's heading and lede: the series, what the time charts mark, and the link to the timeline. */
export function ChartsHead({ timelineHref, t }: { timelineHref: string; t: Messages }) {
  return (
    <>
      <h2 id="charts-title">{t.charts.sectionTitle}</h2>
      <p className="muted">
        {t.charts.sectionLede} <a href={timelineHref}>{t.charts.timelineLink}</a>.
      </p>
    </>
  );
}
