/** @jest-environment node */
import { glossaryFaults, SPANISH_GLOSSARY } from "@/lib/i18n/glossary";
import { getMessages } from "@/lib/i18n/messages";
import { PREVIEW_MESSAGES } from "@/lib/i18n/preview-messages";

/** Every text of a catalogue: its strings, and what its templates write for sample arguments (a number where one is expected). */
function textsOf(node: unknown, path = ""): { path: string; text: string }[] {
  if (typeof node === "string") return [{ path, text: node }];
  if (typeof node === "function") {
    const args = Array.from({ length: node.length }, () => 3);
    try {
      return textsOf((node as (...a: unknown[]) => unknown)(...args), `${path}()`);
    } catch {
      return textsOf((node as (...a: unknown[]) => unknown)(...args.map(() => "x")), `${path}()`);
    }
  }
  if (Array.isArray(node)) return node.flatMap((v, i) => textsOf(v, `${path}[${i}]`));
  if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => textsOf(v, path ? `${path}.${k}` : k));
  return [];
}

describe("the Spanish glossary", () => {
  it("finds each wrong term, and lets an allowed use through", () => {
    expect(glossaryFaults("La extradición de 26 reos").map((f) => f.rule.id)).toEqual(["traslado"]);
    expect(glossaryFaults("Fueron extraditados a Texas").map((f) => f.found)).toEqual(["extraditados"]);
    expect(glossaryFaults("México los llama traslados, no extradiciones.")).toEqual([]);
    expect(glossaryFaults("Traslados, no extradiciones; la extradición de otro caso").map((f) => f.found)).toEqual(["extradición"]);
    expect(glossaryFaults("Gertz dijo que no era una extradición formal")).toEqual([]);
    expect(glossaryFaults("No fue una extradición, pero sí una extradición de hecho").map((f) => f.found)).toEqual(["extradición"]);
    // A real extradition, named as such, passes; the transfers called extraditions do not.
    expect(glossaryFaults("si tiene una solicitud de extradición, se sigue el proceso de extradición")).toEqual([]);
    expect(glossaryFaults("cooperación en materia de extradición; acelerar las extradiciones y los traslados")).toEqual([]);
    expect(glossaryFaults("la extradición masiva de 37 reos").map((f) => f.found)).toEqual(["extradición"]);
    expect(glossaryFaults("Caro Quintero se declaró inocente").map((f) => f.rule.use)).toEqual(["se declaró no culpable"]);
    expect(glossaryFaults("Se declaró no culpable en su lectura de cargos")).toEqual([]);
    expect(glossaryFaults("decomisos de la Patrulla Fronteriza").map((f) => f.rule.id)).toEqual(["cbp"]);
    expect(glossaryFaults("la Patrulla Fronteriza (USBP), una oficina de CBP")).toEqual([]);
  });

  it("each rule says what to use and why", () => {
    for (const rule of SPANISH_GLOSSARY)
      expect({ id: rule.id, use: rule.use.length > 3, why: rule.why.length > 10 }).toEqual({ id: rule.id, use: true, why: true });
  });

  it("the Spanish catalogues (page and link previews) keep the glossary", () => {
    const texts = [...textsOf(getMessages("es")), ...textsOf(PREVIEW_MESSAGES.es, "preview")];
    expect(texts.length).toBeGreaterThan(300);
    const faults = texts.flatMap(({ path, text }) => glossaryFaults(text).map((f) => `${path}: "${f.found}" (use ${f.rule.use})`));
    expect(faults).toEqual([]);
  });
});
