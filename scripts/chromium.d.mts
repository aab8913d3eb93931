// Types of scripts/chromium.mjs, for the TypeScript browser tests.
import type { Browser } from "playwright-core";

export function findChromium(): string;
export const CHROMIUM_ARGS: string[];
export const VIEWPORTS: { readonly desktop: { width: number; height: number }; readonly phone: { width: number; height: number } };
export function launchChromium(options?: { extraArgs?: readonly string[]; timeout?: number }): Promise<Browser>;
