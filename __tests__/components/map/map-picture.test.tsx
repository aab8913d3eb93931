import { fireEvent, render } from "@testing-library/react";
import { MapLegend } from "@/components/map/map-legend";
import { MapPicture } from "@/components/map/map-picture";
import { getMessages } from "@/lib/i18n/messages";
import { loadBasemap } from "@/lib/load/basemap";
import { buildMapModel } from "@/lib/map/model";
import { renderMapPicture } from "@/lib/map/picture-html";
import { buildMapScene } from "@/lib/map/scene";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

// Next's router is the framework's, not ours: record what the picture asks of it.
const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

const model = buildMapModel(loadDatasetSnapshot());
const scene = buildMapScene(model, { event: "ev2026-01", place: "us_houston", camera: null }, loadBasemap("110m"), { kind: "picture" });
const props = { scene, hrefOf: (id: string) => `/?event=2026-01&place=${id}`, nameOf: (m: { label: string }) => m.label, alt: "Map" };

beforeEach(() => push.mockClear());

describe(MapPicture, () => {
  it("MapPicture renders the picture's markup as the page's element, data-map-picture on it", () => {
    const { container } = render(<MapPicture {...props} />);
    const markup = renderMapPicture(scene, props);
    const picture = container.querySelector<HTMLElement>(":scope > div[data-map-picture]")!;
    expect(picture.className).toBe(markup.className);
    expect(picture.style.getPropertyValue("--map-pad")).toBe("28px");
    expect(picture.innerHTML).toBe(markup.html);
    expect(container.querySelectorAll("[data-map-picture] .pin")).toHaveLength(scene.markers.length);
  });

  it("MapPicture turns a plain click on a marker into a soft navigation that keeps the scroll position", () => {
    const { container } = render(<MapPicture {...props} />);
    const pin = container.querySelector<HTMLAnchorElement>('[data-map-picture] a[data-place="mx_tlc"]')!;
    const event = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    pin.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(push).toHaveBeenCalledWith("/?event=2026-01&place=mx_tlc", { scroll: false });
  });

  it("MapPicture leaves a click with a modifier key (new tab or window) to the browser", () => {
    const { container } = render(<MapPicture {...props} />);
    const pin = container.querySelector('[data-map-picture] a[data-place="mx_tlc"]')!;
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }]) {
      expect(fireEvent.click(pin, modifier)).toBe(true);
    }
    expect(push).not.toHaveBeenCalled();
  });
});

describe(MapLegend, () => {
  it("MapLegend renders a labelled group with the transfers and the marks", () => {
    const { container } = render(<MapLegend events={model.events} locale="en" t={getMessages("en")} />);
    const legend = container.querySelector('.map-legend[role="group"][aria-label="Legend"]')!;
    expect(legend.querySelectorAll(":scope > ul")).toHaveLength(2);
    expect(legend.querySelectorAll(".map-legend__events .swatch")).toHaveLength(model.events.length);
  });
});
