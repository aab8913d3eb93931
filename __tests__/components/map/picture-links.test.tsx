import { fireEvent, render } from "@testing-library/react";
import { PictureLinks } from "@/components/map/picture-links";
import { pictureMarkup } from "@/lib/pictures/markup";
import { DEFAULT_VIEW } from "@/lib/url/view-state";

// Next's router is the framework's, not ours: record what the picture asks of it.
const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

/** The map picture as the server sends it (markup only, no React handler inside), with the leaf that soft-navigates its links. */
function renderPicture() {
  return render(
    <>
      <div className="static-markup" dangerouslySetInnerHTML={{ __html: pictureMarkup("map", { ...DEFAULT_VIEW, event: "ev2026-01" }) }} />
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

  it("PictureLinks leaves a click with a modifier key (new tab or window) to the browser", () => {
    const { container } = renderPicture();
    const pin = container.querySelector('[data-map-picture] a[data-place="mx_tlc"]')!;
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }]) {
      expect(fireEvent.click(pin, modifier)).toBe(true);
    }
    expect(push).not.toHaveBeenCalled();
  });
});
