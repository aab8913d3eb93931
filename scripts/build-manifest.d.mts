export const MANIFEST_FILE: string;
export interface BuildManifest {
  complete: boolean;
  fingerprint: string | null;
  buildId: string;
  builtAt: string;
}
export function buildFingerprint(root?: string): string | null;
export function readManifest(root?: string): Partial<BuildManifest> | null;
export function buildDecision(manifest: Partial<BuildManifest> | null, fingerprint: string | null): { build: boolean; why: string };
export function writeManifest(root?: string): BuildManifest;
