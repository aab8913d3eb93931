/** @jest-environment node */
import { reviewMentions } from "@/lib/refresh/refresh-plan";

describe(reviewMentions, () => {
  it("reviewMentions finds a moved month named in either language's prose, in each form data/ uses", () => {
    const texts = [
      { where: "caveats[0].en", text: "Nothing after April 2026 was found. Older months are final." },
      { where: "caveats[0].es", text: "No se encontró nada después de abril de 2026. Los meses anteriores son definitivos." },
      { where: "caveats[1].en", text: "FY2026 covers Oct 2025 - Apr 2026 only." },
      { where: "caveats[1].es", text: "El año fiscal 2026 cubre solo oct 2025-abr 2026." },
      { where: "caveats[2].en", text: "Data to 2026-04; nothing else." },
      { where: "caveats[3].es", text: "Revisado en mayo de 2026." },
    ];
    expect(reviewMentions(texts, "2026-04").map((m) => m.split(":")[0])).toEqual([
      "caveats[0].en",
      "caveats[0].es",
      "caveats[1].en",
      "caveats[1].es",
      "caveats[2].en",
    ]);
  });
});
