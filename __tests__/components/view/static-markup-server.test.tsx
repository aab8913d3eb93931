/** @jest-environment node */
import { renderToString } from "react-dom/server";
import { StaticMarkup } from "@/components/view/static-markup";
import { pictureMarkup } from "@/lib/pictures/markup";
import { pictureKey } from "@/lib/pictures/picture-source";
import { DEFAULT_VIEW } from "@/lib/url/view-state";

/** Server rendering of the component that sends a picture once: the generator's markup, in the HTML, under its address. */
describe("StaticMarkup on the server", () => {
  it("writes the generator's markup for its key inside a wrapper that names the key (no base needed on the server)", () => {
    const src = pictureKey("map", { ...DEFAULT_VIEW, event: "ev2026-01", place: "us_houston" });
    const html = renderToString(<StaticMarkup src={src} failedText="failed" retryText="retry" />);
    const markup = pictureMarkup("map", { ...DEFAULT_VIEW, event: "ev2026-01", place: "us_houston" });
    expect(html).toBe(`<div class="static-markup" data-static-src="${src.replaceAll("&", "&amp;")}">${markup}</div>`);
  });
});
