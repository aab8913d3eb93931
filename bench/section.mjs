// A section of bench/results/latest.json holds a part's figures, or { error } when the part failed.

/** Whether `section` holds figures (it exists and is not { error }). */
export const ok = (section) => section && !section.error;
