import { fireEvent, render } from "@testing-library/react";
import { PictureLinks } from "@/components/map/picture-links";
import { pictureMarkup } from "@/lib/pictures/markup";
import { DEFAULT_VIEW } from "@/lib/url/view-state";

// Next's router is the framework's, not ours: record what the picture asks of it.
const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

/** A map part as the server sends it (markup only, no React handler inside), with the leaf that soft-navigates its links. */
function renderPicture(kind: "map" | "map-side" = "map") {
  return render(
    <>
      <div
        className="static-markup"
        data-static-src="/pictures/b/x"
        dangerouslySetInnerHTML={{ __html: pictureMarkup(kind, { ...DEFAULT_VIEW, event: "ev2026-01" }) }}
      />
      <a href="/sources#src-s01" data-view-link="">
        outside
      </a>
      <PictureLinks />
    </>,
  );
}

beforeEach(() => push.mockClear());

describe(PictureLinks, () => {
  it("PictureLinks turns a plain click on a marker into a soft navigation that keeps the scroll position", () => {
    const { container } = renderPicture();
    const pin = container.querySelector<HTMLAnchorElement>('[data-map-picture] a[data-place="mx_tlc"]')!;
    const event = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    pin.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(push).toHaveBeenCalledWith("/?v=2&event=2026-01&place=mx_tlc", { scroll: false });
  });

  it("PictureLinks soft-navigates the place list's view links too, and leaves links outside a part sent once alone", () => {
    const { container } = renderPicture("map-side");
    const item = container.querySelector<HTMLAnchorElement>('.place-list a[data-view-link][href*="place=us_houston"]')!;
    const event = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    item.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(push).toHaveBeenCalledWith("/?v=2&event=2026-01&place=us_houston", { scroll: false });
    const outside = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    container.querySelector('a[href="/sources#src-s01"]')!.dispatchEvent(outside);
    expect(outside.defaultPrevented).toBe(false);
    expect(push).toHaveBeenCalledTimes(1);
  });

  it("PictureLinks leaves a click with a modifier key (new tab or window) to the browser", () => {
    const { container } = renderPicture();
    const pin = container.querySelector('[data-map-picture] a[data-place="mx_tlc"]')!;
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }]) {
      expect(fireEvent.click(pin, modifier)).toBe(true);
    }
    expect(push).not.toHaveBeenCalled();
  });
});
