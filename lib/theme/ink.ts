import { INK, INK_NAMES, type InkName, type InkTable } from "./palette";

/**
 * Inks as CSS custom properties: pictures on the page (server SVG, recharts, legends) paint with
 * `ink("counted")` = "var(--ink-counted)", so one stylesheet (inkStyleSheet, in the root layout)
 * recolours them for the dark scheme. A file that leaves the browser resolves them to literals
 * with resolveInk.
 */

/** The paint of an ink on the page. ink("land-focus") === "var(--ink-land-focus)" */
export const ink = (name: InkName): string => `var(--ink-${name})`;

/**
 * The custom properties of every ink, light and dark as light-dark() pairs (the page follows the
 * system's scheme, or the reader's choice in `color-scheme` on <html>), after the light values
 * alone for browsers without light-dark() (Safari before 17.5, Chrome before 123).
 */
export function inkStyleSheet(): string {
  const light = INK_NAMES.map((n) => `--ink-${n}:${INK.light[n]}`).join(";");
  const pairs = INK_NAMES.map((n) => `--ink-${n}:light-dark(${INK.light[n]},${INK.dark[n]})`).join(";");
  return `:root{${light}}@supports (color:light-dark(#000,#fff)){:root{${pairs}}}`;
}

const INK_REFERENCE = /var\(--ink-([a-z-]+)\)/g;

/**
 * Markup or a single paint with every ink reference replaced by the table's literal colour, for
 * files that leave the browser. Throws on a name the palette does not have.
 * resolveInk('<path stroke="var(--ink-counted)"/>', INK.light) === '<path stroke="#1b1f24"/>'
 */
export function resolveInk(markup: string, table: InkTable): string {
  return markup.replace(INK_REFERENCE, (_, name: string) => {
    if (!(INK_NAMES as readonly string[]).includes(name)) throw new Error(`unknown ink "--ink-${name}"; expected one of ${INK_NAMES.join(", ")}`);
    return table[name as InkName];
  });
}
