/** @jsxImportSource @/lib/html */
import { formatDate, formatMonth } from "../format/format";
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
  const line = perDay.map((p, i) => `${i ? "L" : "M"}${(p.x * W).toFixed(1)} ${(56 - (p.v / maxDay) * 50).toFixed(1)}`).join("");
  const maxLb = Math.max(1, ...seizures.map((r) => r.pounds));
  const bars = seizures
    .map((r) => {
      const from = xOfTime(toTime(r.month), domain);
      const to = xOfTime(toTime(nextMonth(r.month)), domain);
      if (to <= 0 || from >= 1) return "";
      const h = (r.pounds / maxLb) * 50;
      return `M${(Math.max(0, from) * W + 1).toFixed(1)} 56V${(56 - h).toFixed(1)}H${(Math.min(1, to) * W - 1).toFixed(1)}V56Z`;
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
        <span className="chrono-label small">{t.timeline.homicides}</span>
        <svg className="chrono-series" width="100%" height="60" viewBox={`0 0 ${W} 60`} preserveAspectRatio="none" aria-hidden="true">
          <path d={line} fill="none" stroke={ink("counted")} stroke-width="1.8" vector-effect="non-scaling-stroke" />
        </svg>
      </div>
      <div className="chrono-row chrono-row--series">
        <span className="chrono-label small">{t.timeline.seizures}</span>
        <svg className="chrono-series" width="100%" height="60" viewBox={`0 0 ${W} 60`} preserveAspectRatio="none" aria-hidden="true">
          <path d={bars} fill={ink("seized")} />
        </svg>
      </div>
      <div className="chrono-row">
        <span className="chrono-label" />
        <svg className="chrono-ticks" width="100%" height="22" aria-hidden="true">
          {ticks.map((m) => (
            <text key={m} x={pct(xOfTime(toTime(m), domain))} y="15" font-size="12" fill={ink("muted")}>
              {m.endsWith("-01") ? m.slice(0, 4) : formatMonth(locale, m)}
            </text>
          ))}
        </svg>
      </div>
    </figure>
  );
}
