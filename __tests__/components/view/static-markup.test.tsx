import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { hydrateRoot } from "react-dom/client";
import { PictureStringsProvider } from "@/components/view/picture-strings";
import { StaticMarkup } from "@/components/view/static-markup";
import { getMessages } from "@/lib/i18n/messages";
import { pageWords } from "@/lib/i18n/page-words";
import { getBuildId } from "@/lib/load/build-id";
import { pictureMarkup } from "@/lib/pictures/markup";
import { pictureKey } from "@/lib/pictures/picture-source";
import { DEFAULT_VIEW } from "@/lib/url/view-state";
import { servePictureRoute } from "../../support/picture-route";

/**
 * The component that sends a server-drawn picture once, in the browser: it keeps the server's
 * markup on hydration (nothing fetched, the very DOM nodes kept), fetches another view's picture
 * from the picture route, reuses what the tab already has, and shows a message with a retry
 * when the route cannot be reached. Its server side (markup from the generator, in the HTML) is
 * checked in static-markup-server.test.tsx and, end to end, in e2e/pictures.e2e.ts.
 */
const build = getBuildId();
const en = pictureKey("legend-annual", DEFAULT_VIEW);
const es = pictureKey("legend-annual", { ...DEFAULT_VIEW, lang: "es" });
const STRINGS = { failedText: "This picture could not be loaded.", retryText: "Try again" };
/** The page's provider: words and where this build's parts are (`base`, or another build's). */
const page = (base: string, children: React.ReactNode) => (
  <PictureStringsProvider strings={pageWords(getMessages("en"))} base={base}>
    {children}
  </PictureStringsProvider>
);

let route: ReturnType<typeof servePictureRoute>;
let consoleError: jest.SpyInstance;
beforeEach(() => {
  route = servePictureRoute();
  consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  route.restore();
  consoleError.mockRestore();
});

/** Renders as a client-side view change does: inside the page's provider and boundary, the update waited on. */
async function renderClient(src: string, base = route.base) {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(page(base, <Suspense fallback={<p>waiting</p>}>{<StaticMarkup src={src} {...STRINGS} />}</Suspense>));
  });
  return view;
}

describe("StaticMarkup in the browser", () => {
  it("keeps the server's markup on hydration: nothing fetched, the same DOM nodes, no error", async () => {
    const host = document.createElement("div");
    host.innerHTML = `<div class="static-markup" data-static-src="${en.replaceAll("&", "&amp;")}">${pictureMarkup("legend-annual", DEFAULT_VIEW)}</div>`;
    document.body.append(host);
    const list = host.querySelector("ul.chart__legend");
    expect(list).not.toBeNull();
    await act(async () => {
      hydrateRoot(host, page(route.base, <StaticMarkup src={en} {...STRINGS} />));
    });
    expect(route.requests).toEqual([]);
    expect(host.querySelector("ul.chart__legend")).toBe(list);
    expect(consoleError).not.toHaveBeenCalled();
    host.remove();
  });

  it("fetches another view's picture from its address, then reuses it without fetching again", async () => {
    const { container, rerender } = await renderClient(es);
    expect(route.requests).toEqual([route.base + es]);
    expect(container.querySelector(`[data-static-src]`)?.innerHTML).toBe(pictureMarkup("legend-annual", { ...DEFAULT_VIEW, lang: "es" }));
    expect(container.textContent).toContain("INEGI");
    await act(async () => rerender(page(route.base, <StaticMarkup src={es} {...STRINGS} />)));
    expect(route.requests).toEqual([route.base + es]);
  });

  it("says the picture could not be loaded, keeps the rest, and fetches again on retry", async () => {
    const other = pictureKey("chart-annual", { ...DEFAULT_VIEW, lang: "es" });
    route.setOffline(true);
    await renderClient(other);
    expect(screen.getByRole("status")).toHaveTextContent(STRINGS.failedText);
    const failed = route.requests.length;
    expect(failed).toBeGreaterThan(0);
    route.setOffline(false);
    await act(async () => screen.getByRole("button", { name: STRINGS.retryText }).click());
    expect(route.requests.length).toBeGreaterThan(failed);
    expect(new Set(route.requests)).toEqual(new Set([route.base + other]));
    expect(screen.queryByRole("status")).toBeNull();
    expect(document.querySelector("[data-chart-picture]")).not.toBeNull();
  });

  it("takes its words from the page's provider when its props give none, and refuses to render without any", async () => {
    route.setOffline(true);
    await act(async () => {
      render(
        <PictureStringsProvider strings={{ ...pageWords(getMessages("es")), failedText: "Sin imagen." }} base={route.base}>
          <Suspense fallback={null}>
            <StaticMarkup src={pictureKey("legend-fiscal", { ...DEFAULT_VIEW, lang: "es" })} />
          </Suspense>
        </PictureStringsProvider>,
      );
    });
    expect(screen.getByRole("status")).toHaveTextContent("Sin imagen.");
    expect(screen.getByRole("button", { name: "Reintentar" })).toBeInTheDocument();
    expect(() => render(<StaticMarkup src={en} />)).toThrow(/PictureStringsProvider/);
    expect(build).not.toBe("");
  });

  it("shows the message for an address the route does not answer (another build's picture)", async () => {
    await renderClient(pictureKey("map-legend", DEFAULT_VIEW), `/pictures/${build}-old/`);
    expect(screen.getByRole("status")).toHaveTextContent(STRINGS.failedText);
  });
});
