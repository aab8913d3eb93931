/** SVG or HTML markup in its normal form: rounded to 2 places, colours by value, attributes in name order, ids re-indexed, one tag a line. */
export function normalizeMarkup(markup: string): string;
