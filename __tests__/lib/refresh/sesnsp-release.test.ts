/** @jest-environment node */
import { decodeRelease } from "@/lib/refresh/decode-release";
import { formatIngestIssue } from "@/lib/refresh/ingest-issue";
import { parseSesnspRelease, SESNSP_HEADER } from "@/lib/refresh/sesnsp-release";
import { fixtureBytes } from "../../fixtures/refresh/releases";

function sampleText(name = "sesnsp-2025-sample.latin1.csv"): string {
  const decoded = decodeRelease(fixtureBytes(name), name, { latin1: true });
  if (!decoded.ok) throw new Error("fixture does not decode");
  return decoded.value.text;
}
const SAMPLE = sampleText();
const edited = (edit: (lines: string[]) => string[]) => edit(SAMPLE.trimEnd().split("\r\n")).join("\r\n") + "\r\n";
const issuesOf = (text: string) => {
  const result = parseSesnspRelease("IDVFC_NM_jun25.csv", text);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.issues.map(formatIngestIssue);
};

describe("parseSesnspRelease", () => {
  it("parseSesnspRelease sums homicidio doloso over states, modalities, sexes and ages; feminicidio and culposo stay out", () => {
    const result = parseSesnspRelease("s.csv", SAMPLE);
    if (!result.ok) throw new Error(result.issues.map(formatIngestIssue).join("\n"));
    // Doloso rows of the fixture, Jan-Jun: 3+0+61+4+7+2+40 = 117, and so on.
    expect(Object.fromEntries(result.value.victims)).toEqual({
      "2025-01": 117,
      "2025-02": 107,
      "2025-03": 116,
      "2025-04": 112,
      "2025-05": 113,
      "2025-06": 105,
    });
    expect(result.value.months).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(result.value.fullYears).toEqual([]);
    expect(result.value).toMatchObject({ rows: 10, homicideRows: 7 });
  });

  it("parseSesnspRelease gives the same months from the Latin-1 file and from a UTF-8 copy with a BOM", () => {
    const a = parseSesnspRelease("a.csv", SAMPLE);
    const b = parseSesnspRelease("b.csv", sampleText("sesnsp-2025-sample.utf8-bom.csv"));
    expect(a.ok && b.ok && [...a.value.victims]).toEqual(b.ok && [...b.value.victims]);
  });

  it("parseSesnspRelease treats blank months as not yet published, never as zero", () => {
    const result = parseSesnspRelease("s.csv", SAMPLE);
    expect(result.ok && result.value.victims.has("2025-07")).toBe(false);
  });

  it("parseSesnspRelease refuses a blank cell in a month other homicide rows publish, naming line and column", () => {
    const text = edited((lines) => lines.map((l, i) => (i === 4 ? l.replace(/,61,55,/, ",,55,") : l)));
    expect(issuesOf(text)).toEqual(["IDVFC_NM_jun25.csv:5:10 (Enero): blank, while other homicide rows give Enero 2025: a blank would count as zero"]);
  });

  it("parseSesnspRelease refuses a blank month before a published one (a month missing or out of order)", () => {
    const text = edited((lines) => lines.map((l, i) => (i === 0 ? l : l.replace(/^((?:[^,]*,){11})[^,]*,/, "$1,"))));
    expect(issuesOf(text)).toEqual(["IDVFC_NM_jun25.csv:1:12 (Marzo): Marzo 2025 is blank while 2025-06 is published: a month is missing or out of order"]);
  });

  it("parseSesnspRelease refuses months in the wrong order in the header", () => {
    const swapped = SESNSP_HEADER.join(",").replace("Enero,Febrero", "Febrero,Enero");
    expect(issuesOf(edited(([, ...rows]) => [swapped, ...rows]))).toEqual([
      `IDVFC_NM_jun25.csv:1:10 (Febrero): columns out of order: expected "Enero" here (the header must read ${SESNSP_HEADER.join(",")})`,
    ]);
  });

  it("parseSesnspRelease names non-numeric counts, a bad year and a changed subtype", () => {
    const text = edited((lines) =>
      lines.map((l, i) => (i === 2 ? l.replace(/,0,1,0,0,1,0,/, ",0,1.5,0,0,1,0,") : i === 3 ? l.replace(/^2025,/, "2025a,") : l)),
    );
    expect(issuesOf(text)).toEqual([
      'IDVFC_NM_jun25.csv:3:11 (Febrero): expected a whole number of victims or a blank (not yet published), found "1.5"',
      'IDVFC_NM_jun25.csv:4:1 (Año): expected a year such as 2025, found "2025a"',
    ]);
    expect(issuesOf(edited((lines) => lines.map((l, i) => (i === 1 ? l.replace(/^2025,1,/, "2025,Ags,") : l))))).toEqual([
      'IDVFC_NM_jun25.csv:2:2 (Clave_Ent): expected a state code 1-32, found "Ags"',
    ]);
    expect(issuesOf(SAMPLE.replaceAll("Homicidio doloso", "Homicidio intencional"))).toEqual([
      'IDVFC_NM_jun25.csv:2:6 (Subtipo de delito): no row has Subtipo de delito "Homicidio doloso": the categories changed',
    ]);
  });

  it("parseSesnspRelease refuses a missing month column", () => {
    const text = edited((lines) => lines.map((l) => l.replace(/,[^,]*$/, "")));
    expect(issuesOf(text)[0]).toBe(`IDVFC_NM_jun25.csv:1: the column "Diciembre" is missing; expected the header ${SESNSP_HEADER.join(",")}`);
  });
});
