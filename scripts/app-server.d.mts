// Types of scripts/app-server.mjs, for the TypeScript tests that start the server.
import type { ChildProcess } from "node:child_process";

export function freePort(): Promise<number>;
export const SERVER_NODE_ARGS: string[];

export interface AppServer {
  baseUrl: string;
  port: number;
  pid: number | undefined;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): void;
  /** Resolves when the started process (with npmStart, npm) has exited. */
  exited: Promise<unknown>;
}

export function startAppServer(options?: {
  env?: Record<string, string>;
  waitForWarm?: boolean;
  timeoutMs?: number;
  stdio?: "inherit" | "ignore" | "pipe";
  port?: number;
  cwd?: string;
  npmStart?: boolean;
}): Promise<AppServer>;
