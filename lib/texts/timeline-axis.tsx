/** @jsxImportSource @/lib/html */
import { formatDate, formatMonth, formatNumber } from "../format/format";
import type { Locale } from "../i18n/locale";
import { plainText } from "../i18n/localized";
import type { Messages } from "../i18n/messages";
import { TIMELINE_KINDS, type TimelineKind } from "../timeline/kinds";
import type { FentanylMonthPoint } from "../series/fentanyl";
import type { HomicideRow } from "../series/homicides";
import { toTime } from "../series/time";
import { monthsBetween } from "../stats/calendar";
import { ink } from "../theme/ink";
import { nextMonth, xOfDate } from "../timeline/axis";
import type { Moment } from "../timeline/moments";

interface Props {
  /** The overview's charts, where the series' sources are. */
  chartsHref: string;
  moments: readonly Moment[];
  /** The kinds with a row: every kind, or the filtered one. */
  kinds: readonly TimelineKind[];
  domain: [number, number];
  homicides: readonly HomicideRow[];
  seizures: readonly FentanylMonthPoint[];
  /** The entry opened, if any (its mark is ringed). */
  openId: string | null;
  hrefFor: (momentId: string) => string;
  eventColors: ReadonlyMap<string, string>;
  locale: Locale;
  t: Messages;
}

const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
/** Series are drawn in a 1000-wide box stretched to the track, so their x agrees with the marks' percentages. */
const W = 1000;

function xOfTime(time: number, [from, to]: [number, number]): number {
  return (time - from) / (to - from);
}

/** y in the series' 60 px box: zero at 56, the largest value at 18 (room above it for its label). */
const yOf = (value: number, max: number) => 56 - (value / max) * 38;

interface ValueLabel {
  x: number;
  y: number;
  text: string;
  anchor: "start" | "middle" | "end";
}

/** The first and the last value of a line, labelled at their points. */
function endLabels(points: readonly { x: number; y: number; text: string }[]): ValueLabel[] {
  if (points.length === 0) return [];
  const first = { ...points[0]!, anchor: "start" as const };
  return points.length === 1 ? [first] : [first, { ...points.at(-1)!, anchor: "end" as const }];
}

/** The largest bar and the last one, labelled above them (the largest alone when it is the last). */
function peakAndLast(points: readonly { x: number; y: number; v: number; text: string }[]): ValueLabel[] {
  if (points.length === 0) return [];
  const peak = points.reduce((a, b) => (b.v > a.v ? b : a));
  const last = points.at(-1)!;
  const labels: ValueLabel[] = [{ ...peak, anchor: peak.x < 0.1 ? "start" : "middle" }];
  return last === peak ? labels : [...labels, { ...last, anchor: "end" }];
}

/**
 * Values written over a series: a layer of its own over the stretched drawing (text in a
 * stretched viewBox would be distorted), x in % of the track and y in px of its 60 px box.
 */
function ValueLabels({ labels }: { labels: readonly ValueLabel[] }) {
  return (
    <svg className="chrono-values" width="100%" height="60" aria-hidden="true">
      {labels.map((l) => (
        <text key={`${l.x}-${l.text}`} x={pct(l.x)} y={Math.max(11, l.y - 4).toFixed(1)} text-anchor={l.anchor}>
          {l.text}
        </text>
      ))}
    </svg>
  );
}

/** One row of marks: each moment of the kind at its date, a link to its entry, its title as the tooltip. */
function Track({
  kind,
  moments,
  domain,
  openId,
  hrefFor,
  eventColors,
  locale,
}: { kind: TimelineKind } & Omit<Props, "kinds" | "homicides" | "seizures" | "t">) {
  return (
    <svg className="chrono-track" width="100%" height="28" role="presentation">
      <line x1="0" x2="100%" y1="14" y2="14" stroke={ink("grid")} />
      {moments
        .filter((m) => m.kind === kind)
        .map((m) => {
          const x = xOfDate(m.date, domain);
          if (x === null) return null;
          const color = m.entry?.event_id ? (eventColors.get(m.entry.event_id) ?? ink("text")) : kind === "claim" ? ink("stated") : ink("text");
          return (
            <a key={m.id} href={hrefFor(m.id)} className={m.id === openId ? "chrono-mark is-open" : "chrono-mark"}>
              <title>{`${formatDate(locale, m.date, "short")}: ${plainText(m.title, locale)}`}</title>
              <circle cx={pct(x)} cy="14" r="12" fill="transparent" />
              <circle cx={pct(x)} cy="14" r="6" fill={m.trust === "unconfirmed" ? ink("bg") : color} stroke={color} stroke-width="2" />
            </a>
          );
        })}
    </svg>
  );
}

/**
 * The timeline's axis, drawn by the server: one row of marks per kind, then the homicide daily
 * averages and the monthly fentanyl seizures on the same x (lib/timeline/axis.ts), then the months.
 * Hollow marks rest on one outlet. Each mark links to its entry in the list below.
 */
export function TimelineAxis(props: Props) {
  const { kinds, domain, homicides, seizures, locale, t } = props;
  const perDay = homicides.map((r) => ({ x: xOfTime(r.time, domain), v: r.perDay ?? r.stated })).filter((p) => p.v !== null && p.x >= 0 && p.x <= 1) as {
    x: number;
    v: number;
  }[];
  const maxDay = Math.max(1, ...perDay.map((p) => p.v));
  const line = perDay.map((p, i) => `${i ? "L" : "M"}${(p.x * W).toFixed(1)} ${yOf(p.v, maxDay).toFixed(1)}`).join("");
  const maxLb = Math.max(1, ...seizures.map((r) => r.pounds));
  const bars = seizures
    .map((r) => {
      const from = xOfTime(toTime(r.month), domain);
      const to = xOfTime(toTime(nextMonth(r.month)), domain);
      if (to <= 0 || from >= 1) return "";
      return `M${(Math.max(0, from) * W + 1).toFixed(1)} 56V${yOf(r.pounds, maxLb).toFixed(1)}H${(Math.min(1, to) * W - 1).toFixed(1)}V56Z`;
    })
    .join("");
  const [from, to] = domain;
  const months = monthsBetween(new Date(from).toISOString().slice(0, 7), new Date(to - 1).toISOString().slice(0, 7));
  const ticks = months.filter((m, i) => m.endsWith("-01") || i === 0);
  return (
    <figure className="chrono-axis" aria-label={t.timeline.axisLabel}>
      {TIMELINE_KINDS.filter((k) => kinds.includes(k)).map((kind) => (
        <div key={kind} className="chrono-row">
          <span className="chrono-label">{t.timeline.kinds[kind]}</span>
          <Track kind={kind} {...props} />
        </div>
      ))}
      <div className="chrono-row chrono-row--series">
        <span className="chrono-label">{t.timeline.homicides}</span>
        <div className="chrono-series-box">
          <svg className="chrono-series" width="100%" height="60" viewBox={`0 0 ${W} 60`} preserveAspectRatio="none" aria-hidden="true">
            <path d={line} fill="none" stroke={ink("counted")} stroke-width="1.8" vector-effect="non-scaling-stroke" />
          </svg>
          <ValueLabels labels={endLabels(perDay.map((p) => ({ x: p.x, y: yOf(p.v, maxDay), text: formatNumber(locale, p.v, 1, 1) })))} />
        </div>
      </div>
      <div className="chrono-row chrono-row--series">
        <span className="chrono-label">{t.timeline.seizures}</span>
        <div className="chrono-series-box">
          <svg className="chrono-series" width="100%" height="60" viewBox={`0 0 ${W} 60`} preserveAspectRatio="none" aria-hidden="true">
            <path d={bars} fill={ink("seized")} />
          </svg>
          <ValueLabels
            labels={peakAndLast(
              seizures
                .map((r) => ({ x: xOfTime(r.time, domain), y: yOf(r.pounds, maxLb), v: r.pounds }))
                .filter((p) => p.x >= 0 && p.x <= 1)
                .map((p) => ({ ...p, text: t.timeline.pounds(formatNumber(locale, p.v)) })),
            )}
          />
        </div>
      </div>
      <div className="chrono-row">
        <span className="chrono-label" />
        <svg className="chrono-ticks" width="100%" height="22" aria-hidden="true">
          {ticks.map((m, i) => (
            <text
              key={m}
              x={pct(xOfTime(toTime(m), domain))}
              y="15"
              font-size="12"
              fill={ink("muted")}
              // A first month close to the first year's label gives way on a narrow track (components/chronology.css).
              className={i === 0 && ticks[1] && xOfTime(toTime(ticks[1]), domain) < 0.3 ? "chrono-tick--tight" : undefined}
            >
              {m.endsWith("-01") ? m.slice(0, 4) : formatMonth(locale, m)}
            </text>
          ))}
        </svg>
      </div>
      <p className="small muted chrono-note">
        {t.timeline.seriesNote} <a href={props.chartsHref}>{t.timeline.chartsLink}</a>.
      </p>
    </figure>
  );
}
