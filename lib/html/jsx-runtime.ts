import { escapeXml } from "../export/xml";

/**
 * JSX that renders to an HTML string, without React: the long server-only texts (the latest
 * transfer, the tables, the claim checks, the source lists) are written in JSX like the page's
 * components, and drawn by the same generator as the pictures, so they too are sent once
 * (lib/pictures/markup.ts, components/view/static-markup.tsx). A file opts in with the pragma
 * `/** @jsxImportSource @/lib/html *\/`; its components are plain functions of their props.
 *
 * - Text and attribute values are escaped (escapeXml); markup from another such element, or given
 *   as `dangerouslySetInnerHTML`, is kept as it is.
 * - React's prop names are written as HTML's (`className` -> `class`, `htmlFor` -> `for`,
 *   `tabIndex` -> `tabindex`); `key` is dropped; `true` writes an empty attribute, `false`, null
 *   and undefined leave it out; a `style` object of string values is written as CSS text
 *   (`{ borderColor: "#0072B2" }` -> `border-color:#0072B2`); event handlers and other objects are
 *   refused (nothing in this markup runs: a static part has no React handler, links are delegated).
 * - No `<!-- -->` between adjacent texts: nothing hydrates this markup.
 *
 *   <p className="muted">{"A & B"}</p> // renders '<p class="muted">A &amp; B</p>'
 */
export class Html {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Child = Html | string | number | boolean | null | undefined | readonly Child[];
type Component<P> = (props: P) => Html;
type Props = Record<string, unknown> & { children?: Child; dangerouslySetInnerHTML?: { __html: string } };

const VOID = new Set(["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const RENAMED: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  hrefLang: "hreflang",
  colSpan: "colspan",
  rowSpan: "rowspan",
};

function childHtml(child: Child): string {
  if (child === null || child === undefined || typeof child === "boolean") return "";
  if (child instanceof Html) return child.html;
  if (Array.isArray(child)) return (child as readonly Child[]).map(childHtml).join("");
  return escapeXml(String(child));
}

/** A style object as CSS text: camelCase names in kebab-case, string values only (a number would need React's units). */
function cssText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => {
      if (typeof value !== "string") throw new TypeError(`static markup: style "${name}" must be a string, got ${typeof value}`);
      return `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value}`;
    })
    .join(";");
}

function attributes(props: Props): string {
  let out = "";
  for (const [name, raw] of Object.entries(props)) {
    const value = name === "style" && raw !== null && typeof raw === "object" ? cssText(raw as Record<string, unknown>) || undefined : raw;
    if (name === "children" || name === "key" || name === "dangerouslySetInnerHTML" || value === false || value === null || value === undefined) continue;
    if (/^on[A-Z]/.test(name) || typeof value === "function" || typeof value === "object")
      throw new TypeError(`static markup: attribute "${name}" cannot be written as HTML (no handlers or objects in a static part)`);
    out += value === true ? ` ${RENAMED[name] ?? name}=""` : ` ${RENAMED[name] ?? name}="${escapeXml(String(value))}"`;
  }
  return out;
}

export function jsx<P extends Props>(type: string | Component<P>, props: P): Html {
  if (typeof type === "function") return type(props);
  const inner = props.dangerouslySetInnerHTML ? props.dangerouslySetInnerHTML.__html : childHtml(props.children);
  return new Html(VOID.has(type) ? `<${type}${attributes(props)}>` : `<${type}${attributes(props)}>${inner}</${type}>`);
}
export const jsxs = jsx;

export function Fragment({ children }: { children?: Child }): Html {
  return new Html(childHtml(children));
}

/** The types JSX checks against: React's element attributes (so the same props as in components/), children as our Child. */
// eslint-disable-next-line @typescript-eslint/no-namespace -- TypeScript reads a JSX runtime's types from a namespace named JSX
export namespace JSX {
  export type Element = Html;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  type WithChildren<T> = Omit<T, "children" | "dangerouslySetInnerHTML"> & { children?: Child; dangerouslySetInnerHTML?: { __html: string } };
  export type IntrinsicElements = { [K in keyof React.JSX.IntrinsicElements]: WithChildren<React.JSX.IntrinsicElements[K]> };
  export interface IntrinsicAttributes {
    key?: string | number;
  }
}
