/** @jest-environment node */
import { buildMapModel } from "@/lib/map/model";
import { buildOgImagePath, buildPageMetadata, OG_IMAGE_SIZE } from "@/lib/og/metadata";
import { buildPreviewText } from "@/lib/og/preview-text";
import { DEFAULT_VIEW, parseViewState, type ViewState } from "@/lib/url/view-state";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const makeView = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });

/** The image entries of both cards, typed loosely: Next's Metadata allows strings, URLs or objects. */
function images(meta: ReturnType<typeof buildPageMetadata>): { url: unknown; width?: unknown; height?: unknown; alt?: unknown }[] {
  const og = meta.openGraph?.images;
  const tw = meta.twitter?.images;
  return [...(Array.isArray(og) ? og : [og]), ...(Array.isArray(tw) ? tw : [tw])] as { url: unknown }[];
}

describe(buildOgImagePath, () => {
  it("buildOgImagePath is /og for the default view", () => {
    expect(buildOgImagePath(DEFAULT_VIEW)).toBe("/og");
  });

  it("buildOgImagePath carries the serialized view, which parses back to the same view", () => {
    const data = loadDatasetSnapshot();
    const model = buildMapModel(data);
    const view = makeView({ event: "ev2026-01", place: "us_houston" });
    const path = buildOgImagePath(view);
    expect(path).toBe("/og?v=2&event=2026-01&place=us_houston");
    const parsed = parseViewState(new URL(path, "http://x").searchParams, { eventIds: model.events.map((e) => e.id), placeIds: model.places.map((p) => p.id) });
    expect(parsed).toEqual({ view, ignored: [] });
  });
});

describe(buildPageMetadata, () => {
  it("buildPageMetadata points both cards at /og for the default view, with size and alt text", () => {
    const meta = buildPageMetadata(loadDatasetSnapshot(), DEFAULT_VIEW, "en");
    for (const image of images(meta)) expect(image).toMatchObject({ url: "/og", ...OG_IMAGE_SIZE, alt: expect.stringContaining("92 people") });
    expect(meta.alternates?.canonical).toBe("/");
  });

  it("buildPageMetadata keys the image and canonical URL by the view's query", () => {
    const meta = buildPageMetadata(loadDatasetSnapshot(), makeView({ event: "ev2026-01", place: "us_houston" }), "en");
    for (const image of images(meta)) expect(image.url).toBe("/og?v=2&event=2026-01&place=us_houston");
    expect(meta.alternates?.canonical).toBe("/?v=2&event=2026-01&place=us_houston");
  });

  it("buildPageMetadata uses the preview text for title and description of page, Open Graph and Twitter", () => {
    const data = loadDatasetSnapshot();
    const view = makeView({ event: "ev2025-08" });
    const text = buildPreviewText(data, view, "en");
    const meta = buildPageMetadata(data, view, "en");
    expect(meta).toMatchObject({
      title: text.title,
      description: text.description,
      openGraph: { title: text.title, description: text.description, type: "website" },
      twitter: { card: "summary_large_image", title: text.title, description: text.description },
    });
  });
});
