import type { Ingested } from "./ingest-issue";

/** How a release file's bytes were read. */
export type ReleaseEncoding = "utf-8" | "utf-8 with BOM" | "latin-1";

export interface DecodedRelease {
  text: string;
  encoding: ReleaseEncoding;
}

const BOM = [0xef, 0xbb, 0xbf];
/** "Ã±" for "ñ", "Ã©" for "é": UTF-8 bytes that were read as Latin-1 and saved again. */
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf]/;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Reads a release's bytes as text. UTF-8 (with or without a BOM) is tried first; when `latin1` is
 * allowed (SESNSP), bytes that are not valid UTF-8 are read as Latin-1. Refuses UTF-16 and text
 * that was already garbled by a wrong conversion, naming the line, rather than storing it.
 */
export function decodeRelease(bytes: Uint8Array, file: string, options: { latin1: boolean }): Ingested<DecodedRelease> {
  const fail = (line: number, message: string): Ingested<DecodedRelease> => ({ ok: false, issues: [{ file, line, message }] });
  if (bytes.length === 0) return fail(1, "the file is empty; expected a header row");
  if (bytes.subarray(0, 4096).includes(0)) return fail(1, "the file holds NUL bytes: it looks like UTF-16 or a binary file, not a CSV in UTF-8 or Latin-1");
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  let decoded: DecodedRelease;
  try {
    decoded = { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: hasBom ? "utf-8 with BOM" : "utf-8" };
  } catch {
    if (hasBom || !options.latin1) {
      const firstBad = firstInvalidUtf8(bytes);
      const line = bytes.subarray(0, firstBad).reduce((n, b) => n + (b === 10 ? 1 : 0), 1);
      return fail(
        line,
        `the bytes are not valid UTF-8 (byte ${firstBad + 1})${hasBom ? " although the file starts with a UTF-8 BOM" : "; expected a UTF-8 CSV"}`,
      );
    }
    decoded = { text: new TextDecoder("latin1").decode(bytes), encoding: "latin-1" };
  }
  const garbled = MOJIBAKE.exec(decoded.text);
  if (garbled) {
    return fail(
      lineOf(decoded.text, garbled.index),
      `the text reads "${garbled[0]}", UTF-8 that was converted as Latin-1 (wrong encoding); ask for the file as published`,
    );
  }
  return { ok: true, value: decoded };
}

/** The index of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  const isValid = (end: number) => {
    try {
      // stream: a character cut at `end` is not an error; a fresh decoder each time keeps no state.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (isValid(mid)) low = mid;
    else high = mid - 1;
  }
  // The valid prefix may end in the first bytes of the broken character: point at its lead byte.
  let start = low;
  while (start > 0 && low - start < 3 && (bytes[start - 1]! & 0xc0) === 0x80) start--;
  return start > 0 && bytes[start - 1]! >= 0xc0 ? start - 1 : low;
}
