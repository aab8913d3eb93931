/** @jest-environment node */
import { toFontSafeText } from "@/lib/og/font-safe-text";
import { buildAttribution, buildPreviewText } from "@/lib/og/preview-text";
import { DEFAULT_VIEW, type ViewState } from "@/lib/url/view-state";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const textFor = (over: Partial<ViewState>) => buildPreviewText(loadDatasetSnapshot(), { ...DEFAULT_VIEW, ...over }, "es");

describe("buildPreviewText in Spanish", () => {
  it("titles the default view in Spanish, counted from the data", () => {
    expect(textFor({}).title).toBe("92 personas enviadas a Estados Unidos en 3 traslados masivos");
    expect(textFor({}).subtitle.replaceAll("\u00a0", " ")).toBe("29 el 27 feb 2025 · 26 el 12 ago 2025 · 37 el 20 ene 2026");
  });

  it("titles an event and a place in Spanish with es-MX dates and lists", () => {
    expect(textFor({ event: "ev2026-01" }).title).toBe("20 ene 2026: 37 personas enviadas en avión de México a 6 destinos en Estados Unidos");
    expect(textFor({ event: "ev2026-01" }).subtitle).toBe("Traslado 3 de 3 · salida: TLC o AIFA (NLU) · personas por destino: no reportado");
    expect(textFor({ place: "us_phx" }).title).toBe("Phoenix, Arizona: 12 personas");
    expect(textFor({ place: "us_phx" }).subtitle).toMatch(/^Traslados del 27 feb 2025 y 12 ago 2025/);
  });

  it("never prints undefined, NaN or the English words of the preview catalogue", () => {
    const views: Partial<ViewState>[] = [
      {},
      { event: "ev2025-02" },
      { event: "ev2025-08" },
      { event: "ev2026-01", place: "us_houston" },
      { place: "mx_tlc" },
      { place: "us_sat", event: "ev2026-01" },
    ];
    for (const v of views) {
      const text = textFor(v);
      for (const s of Object.values(text)) {
        expect(s).not.toMatch(/undefined|NaN/);
        // Accents, ñ, "÷" and "–" are all in the image font's latin subset: nothing is replaced.
        expect(toFontSafeText(s)).toBe(s);
        expect(s).not.toMatch(/\b(people|transfers?|reported|departure|routes?|destinations?) \b/);
      }
    }
  });

  it("buildAttribution dates the data in Spanish", () => {
    expect(buildAttribution(loadDatasetSnapshot(), "es")).toBe(
      "Datos: informes públicos y conjuntos de datos oficiales, compilados el 30 nov 2026 · Mapa base: Natural Earth; estados de EE. UU.: U.S. Census Bureau (vía us-atlas)",
    );
  });
});
