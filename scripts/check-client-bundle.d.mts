export const SERVER_ONLY_MARKERS: string[];
export function checkClientBundle(buildDir: string): string[];
