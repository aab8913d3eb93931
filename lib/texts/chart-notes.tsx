/** @jsxImportSource @/lib/html */
import { Runs } from "./prose";
import type { ChartFrameTexts } from "../charts/chart-plots";
import type { Messages } from "../i18n/messages";
import type { SourceRef } from "../map/model";

/** Sources named in the line under a chart; the rest are one link away on /sources. */
const MAX_LISTED_SOURCES = 3;

/**
 * How a source is named under a chart: its short title where the data give one; else the publisher
 * without its parenthesis ("KVIA", not "KVIA (Associated Press copy)"), or the title when two
 * sources share a publisher. The link's title and /sources keep the full record.
 */
function sourceText(s: SourceRef, all: readonly SourceRef[]): string {
  return s.shortTitle ?? (all.filter((o) => o.publisher === s.publisher).length > 1 ? s.title : s.publisher.replace(/\s*\(.*$/, ""));
}

/** The source line as plain text, for the exported image: "Source: SESNSP; INEGI and 2 more." */
export function chartSourceLine(sources: readonly SourceRef[], t: Messages): string {
  const listed = sources.slice(0, MAX_LISTED_SOURCES);
  const more = sources.length - listed.length;
  return `${t.charts.source}: ${listed.map((s) => sourceText(s, sources)).join("; ")}${more > 0 ? ` ${t.charts.moreSources(more)}` : ""}.`;
}

/** A chart's caption: its title, its subtitle with units, and the description that names its picture. */
export function ChartCaption({ id, frame }: { id: string; frame: ChartFrameTexts }) {
  return (
    <>
      <h3 id={`${id}-title`}>{frame.title}</h3>
      <p className="chart__subtitle">{frame.subtitle}</p>
      <p id={`${id}-desc`} className="visually-hidden">
        {frame.description}
      </p>
    </>
  );
}

/**
 * What stands under a chart's plot: its note, its caveats behind a disclosure, and the line of its
 * first sources with a link to the rest on /sources (outside the frame in an embed).
 */
export function ChartNotes({ frame, isEmbedded, t }: { frame: ChartFrameTexts; isEmbedded: boolean; t: Messages }) {
  const listed = frame.sources.slice(0, MAX_LISTED_SOURCES);
  const more = frame.sources.length - listed.length;
  return (
    <>
      {frame.note && <p className="small muted">{frame.note}</p>}
      {frame.caveats.length > 0 && (
        <details className="chart__caveats small">
          <summary>{t.charts.caveats}</summary>
          <ul>
            {frame.caveats.map((runs, i) => (
              <li key={i}>
                <Runs runs={runs} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="chart__source small muted">
        {t.charts.source}:{" "}
        {listed.map((s, i) => (
          <span key={s.id}>
            {i > 0 && "; "}
            <a href={s.url} rel="noopener noreferrer external" target="_blank" title={s.title} lang={s.language}>
              {sourceText(s, frame.sources)}
            </a>
          </span>
        ))}
        {more > 0 && (
          <>
            {" "}
            <a href={frame.allSourcesHref} target={isEmbedded ? "_blank" : undefined}>
              {t.charts.moreSources(more)}
            </a>
          </>
        )}
        .
      </p>
    </>
  );
}
