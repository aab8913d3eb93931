import { z } from "zod";
import { IsoDate, LocalizedText, PartialDate } from "./common";

export const SOURCE_TOPICS = ["ev2025-02", "ev2025-08", "ev2026-01", "claims", "places", "fentanyl", "homicides", "people", "timeline"] as const;
export type SourceTopic = (typeof SOURCE_TOPICS)[number];
export const SOURCE_AUTHORITIES = ["primary", "major outlet", "low-authority"] as const;
export type SourceAuthority = (typeof SOURCE_AUTHORITIES)[number];

/** Only http(s) links reach the page: a "javascript:" URL in the data must fail the build. */
const WebUrl = z.string().regex(/^https?:\/\/[^\s]+$/, "expected an http(s) URL");

export const Source = z.object({
  id: z.string().min(1),
  url: WebUrl,
  publisher: z.string().min(1),
  /** null when the stored copy showed no date. */
  published: PartialDate.nullable(),
  /** The research's wording when it was not a plain date, e.g. "2025-07/08". */
  published_note: LocalizedText.optional(),
  title: z.string().min(1),
  /**
   * Publisher and title in a few words, for the source lines under the charts ("CBP, Nationwide
   * Drug Seizures FY2019-FY2022") where the full title is a file description; /sources shows both.
   */
  short_title: z.string().min(1).max(80, "expected a short title of at most 80 characters").optional(),
  /** page = title seen on the page; url_slug = rebuilt from the URL; descriptive = our label. */
  title_basis: z.enum(["page", "url_slug", "descriptive", "repository_path"]),
  language: z.enum(["en", "es", "de"]),
  topic: z.enum(SOURCE_TOPICS),
  note: LocalizedText.optional(),
  /**
   * How much a fact about a person may rest on it (lib/sources/trust.ts): primary = court
   * records, DOJ and official statements, also mirrored verbatim; major outlet = wires and
   * established outlets; low-authority = reposts, aggregators, blogs. Required for every source a
   * person's record cites.
   */
  authority: z.enum(SOURCE_AUTHORITIES).optional(),
  /** The wire report a copy carries ("Reuters", "EFE"): two copies of one report count once. */
  wire_origin: z.string().min(1).optional(),
  locator: z.string().optional(),
  /** The exact file behind a data series, so a refresh can tell a release it has already read. */
  file: z
    .object({
      name: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, "expected a SHA-256 as 64 lower-case hex digits"),
      /** When `npm run refresh` downloaded or read it; absent for files read before the command existed. */
      retrieved: IsoDate.optional(),
      bytes: z.number().int().positive().optional(),
    })
    .optional(),
});

export const SourcesFile = z.object({ sources: z.array(Source).min(1) });

export type Source = z.infer<typeof Source>;
