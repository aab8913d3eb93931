/** Every file in data/, by the key the data layer knows it by. The only list of file names. */
export const DATA_FILES = {
  transfers: "transfers.json",
  places: "places.json",
  claims: "claims.json",
  discrepancies: "discrepancies.json",
  sources: "sources.json",
  seriesMeta: "series.json",
  fentanylMonthly: "fentanyl-monthly.csv",
  fentanylFiscalYears: "fentanyl-fiscal-years.csv",
  homicidesMonthly: "homicides-monthly.csv",
  homicidesStated: "homicides-stated-daily.csv",
  homicidesAnnual: "homicides-annual.csv",
  changelog: "changelog.json",
  people: "people.json",
  courts: "courts.json",
  timeline: "timeline.json",
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

/** The raw text of every data file, keyed like DATA_FILES. */
export type RawDataFiles = Record<DataFileKey, string>;
