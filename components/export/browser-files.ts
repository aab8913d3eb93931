import { arrayBufferToBase64, fontFaceCss } from "@/lib/export/font";

/** Saves a Blob under a file name through a temporary link (no server round trip). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

let fontCss: Promise<string> | undefined;

/** Inter 400 and 700 as data-URI @font-face rules, fetched once from our origin, for SVG exports. */
export function loadExportFontCss(): Promise<string> {
  fontCss ??= Promise.all(
    (["400", "700"] as const).map(async (weight) => {
      const res = await fetch(`/fonts/inter-latin-${weight}-normal.woff2`);
      if (!res.ok) throw new Error(`font ${weight} could not be loaded (${res.status})`);
      return fontFaceCss("Inter", Number(weight), arrayBufferToBase64(await res.arrayBuffer()));
    }),
  ).then((rules) => rules.join("\n"));
  return fontCss;
}

/**
 * Rasterizes a standalone SVG at `scale` (1, 2, 4) into a PNG Blob. The SVG carries its fonts as
 * data URIs, so the image renders the same without the page's CSS.
 */
export async function svgToPng(svg: string, widthPx: number, heightPx: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(widthPx * scale);
    canvas.height = Math.round(heightPx * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error(`the browser refused a ${canvas.width}x${canvas.height} canvas`);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`the browser could not encode a ${canvas.width}x${canvas.height} PNG`))), "image/png"),
  );
}
