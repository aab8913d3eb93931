/**
 * Why a part of a link was not used, as a code with its values: the parser reports these, and
 * the notice words them in the page's language from a catalogue of templates ({name} is filled in
 * from `args`). The English templates live here, as the parser's own `why` text and the English
 * catalogue's, so the two never drift apart.
 */
export const IGNORE_REASONS_EN = {
  tooLong: "too long",
  unknownVersion: "unknown link version; read as version {version}",
  cameraShape: "expected zoom/lat/lon or zoom/lat/lon/bearing/pitch",
  cameraNumbers: "expected numbers",
  zoomRange: "zoom must be {min}-{max}",
  latRange: "latitude must be within ±{max}",
  lonRange: "longitude must be within ±{max}",
  bearingRange: "bearing must be within ±{max}",
  pitchRange: "pitch must be {min}-{max}",
  oneOf: "expected one of {values}",
  noSuchTransfer: "not a transfer in the data",
  noSuchPlace: "not a place on the map",
  noSuchPerson: "not a person in the data",
  noSuchCourt: "not a court in the data",
  noSuchEntry: "not a timeline entry in the data",
  rangeShape: "expected YYYY-MM..YYYY-MM",
  rangeReversed: "the range ends before it starts",
  flag: "expected 1 or 0",
  rangeNoData: "no data in these months (the series cover {from}..{to})",
  rangeCut: "cut to the months with data: {from}..{to}",
} as const;

export type IgnoreCode = keyof typeof IGNORE_REASONS_EN;
export type IgnoreArgs = Readonly<Record<string, string | number>>;
export type IgnoreTemplates = Record<IgnoreCode, string>;

/** "zoom must be {min}-{max}" with { min: 0, max: 22 } -> "zoom must be 0-22"; an unknown name stays as written. */
export function fillTemplate(template: string, args: IgnoreArgs = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}
