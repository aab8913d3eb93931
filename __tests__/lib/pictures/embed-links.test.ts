/** @jest-environment node */
import { embedLinks } from "@/lib/pictures/embed-links";

describe("a people picture's links inside an embed", () => {
  it("keeps the people page's own links and its filter form in the frame, as /embed/people with the same query", () => {
    expect(embedLinks('<a href="/people?v=2&amp;person=rafael-caro-quintero">Rafael</a>')).toBe(
      '<a href="/embed/people?v=2&amp;person=rafael-caro-quintero">Rafael</a>',
    );
    expect(embedLinks('<a class="x" href="/people">All</a>')).toBe('<a class="x" href="/embed/people">All</a>');
    expect(embedLinks('<form method="get" action="/people" class="people-filter">')).toBe('<form method="get" action="/embed/people" class="people-filter">');
  });

  it("opens every other page of the site outside the frame, and leaves links with a target and mailto: links alone", () => {
    expect(embedLinks('<a href="/sources#src-j001">j001</a>')).toBe('<a target="_top" href="/sources#src-j001">j001</a>');
    expect(embedLinks('<a href="/?v=2&amp;event=2025-02">map</a>')).toBe('<a target="_top" href="/?v=2&amp;event=2025-02">map</a>');
    expect(embedLinks('<a href="/people.csv?v=2">CSV</a>')).toBe('<a target="_top" href="/people.csv?v=2">CSV</a>');
    expect(embedLinks('<a href="https://example.org/a" rel="noopener" target="_blank">x</a>')).toBe(
      '<a href="https://example.org/a" rel="noopener" target="_blank">x</a>',
    );
    expect(embedLinks('<a href="mailto:fix@example.org">fix</a>')).toBe('<a href="mailto:fix@example.org">fix</a>');
  });

  it("does not take a longer path for the people page", () => {
    expect(embedLinks('<a href="/peoplex">x</a>')).toBe('<a target="_top" href="/peoplex">x</a>');
  });
});
