/** @jest-environment node */
import { decodeRelease } from "@/lib/refresh/decode-release";
import { fixtureBytes } from "../../fixtures/refresh/releases";

const LATIN1 = { latin1: true };

describe("decodeRelease", () => {
  it("decodeRelease reads SESNSP's Latin-1 file and a UTF-8 copy with a BOM to the same text", () => {
    const latin1 = decodeRelease(fixtureBytes("sesnsp-2025-sample.latin1.csv"), "a.csv", LATIN1);
    const utf8 = decodeRelease(fixtureBytes("sesnsp-2025-sample.utf8-bom.csv"), "b.csv", LATIN1);
    expect(latin1).toMatchObject({ ok: true, value: { encoding: "latin-1" } });
    expect(utf8).toMatchObject({ ok: true, value: { encoding: "utf-8 with BOM" } });
    if (!latin1.ok || !utf8.ok) throw new Error("not decoded");
    expect(latin1.value.text.startsWith("Año,")).toBe(true);
    expect(utf8.value.text.replace(/^\uFEFF/, "")).toBe(latin1.value.text);
  });

  it("decodeRelease refuses Latin-1 bytes where only UTF-8 is published (CBP), naming the line", () => {
    const bytes = Buffer.concat([Buffer.from("FY,x\n2026,ok\n2026,"), Buffer.from([0xf1]), Buffer.from("\n")]);
    expect(decodeRelease(bytes, "cbp.csv", { latin1: false })).toEqual({
      ok: false,
      issues: [{ file: "cbp.csv", line: 3, message: "the bytes are not valid UTF-8 (byte 19); expected a UTF-8 CSV" }],
    });
  });

  it("decodeRelease refuses a file whose BOM says UTF-8 but whose bytes are not", () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xf1, 0x6f]);
    const result = decodeRelease(bytes, "x.csv", LATIN1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toContain("although the file starts with a UTF-8 BOM");
  });

  it("decodeRelease refuses UTF-16 (NUL bytes) and an empty file", () => {
    const utf16 = Buffer.from("\ufeffAño,Clave_Ent\n", "utf16le");
    expect(decodeRelease(utf16, "x.csv", LATIN1)).toMatchObject({ ok: false, issues: [{ line: 1, message: expect.stringContaining("UTF-16") }] });
    expect(decodeRelease(new Uint8Array(), "x.csv", LATIN1)).toMatchObject({ ok: false, issues: [{ line: 1, message: expect.stringContaining("empty") }] });
  });

  it('decodeRelease refuses text already garbled by a wrong conversion ("AÃ±o"), with its line', () => {
    const garbled = Buffer.from("Año,Entidad\n2025,MÃ©xico\n", "utf8");
    expect(decodeRelease(garbled, "x.csv", LATIN1)).toMatchObject({
      ok: false,
      issues: [{ file: "x.csv", line: 2, message: expect.stringContaining('"Ã©"') }],
    });
  });
});
