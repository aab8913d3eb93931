/**
 * A people picture's links inside an embed (/embed/people): links and forms to the people page stay
 * in the frame, as /embed/people with the same query; every other link of the site (sources, the
 * map, the CSV, the 404 page) opens outside the frame, since no other page may be framed. Links
 * that already name a target (sources' own sites open in a new tab) and mailto: links are kept.
 *
 *   embedLinks('<a href="/people?v=2&amp;person=x">')  // '<a href="/embed/people?v=2&amp;person=x">'
 *   embedLinks('<a href="/sources#src-j001">')         // '<a target="_top" href="/sources#src-j001">'
 *
 * The markup is the site's own, escaped by lib/html: a quote cannot occur inside an attribute value.
 */
export function embedLinks(markup: string): string {
  return markup.replace(/(<form\b[^>]*\baction=")\/people(["?])/g, "$1/embed/people$2").replace(/<a\b([^>]*)>/g, (tag, attrs: string) => {
    const href = /\bhref="([^"]*)"/.exec(attrs)?.[1];
    if (href === undefined || /\btarget="/.test(attrs) || !href.startsWith("/")) return tag;
    if (/^\/people(?:[?#]|$)/.test(href)) return `<a${attrs.replace(`href="${href}"`, `href="/embed${href}"`)}>`;
    return `<a target="_top"${attrs}>`;
  });
}
