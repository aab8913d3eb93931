import { createHash } from "node:crypto";

/**
 * CSP hash sources for the inline scripts of an HTML document: `'sha256-<base64>'` of the exact
 * UTF-8 text between `<script …>` and `</script>`, in document order, each once. Scripts with a
 * `src` are external files (allowed by 'self') and are skipped; so are data blocks
 * (`type="application/json"` and the like), which browsers never execute.
 *
 *   inlineScriptHashes('<script>alert(1)</script>') // ["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  // React escapes "</script" inside inline scripts, so the first closing tag ends each one.
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes = "", body = ""] = match;
    if (/\bsrc\s*=/i.test(attributes) || !isExecutable(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

const SCRIPT_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

function isExecutable(attributes: string): boolean {
  const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  return SCRIPT_TYPES.has((type?.[1] ?? type?.[2] ?? type?.[3] ?? "").trim().toLowerCase());
}
