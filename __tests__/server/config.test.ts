/** @jest-environment node */
import { PORT_SCHEMA } from "@/lib/env";
import { readServerConfig } from "@/server/config";

describe("readServerConfig", () => {
  it("fills in the defaults", () => {
    expect(readServerConfig({})).toEqual({
      PORT: 3000,
      HOST: "0.0.0.0",
      PAGE_CACHE_MB: 96,
      IMAGE_CACHE_MB: 32,
      PAGE_RENDERS: 4,
      IMAGE_RENDERS: 2,
      WARM: true,
      ATLAS_STATS: false,
    });
  });

  it("reads numbers and flags", () => {
    expect(readServerConfig({ PORT: "8080", WARM: "0", ATLAS_STATS: "1", PAGE_CACHE_MB: "8" })).toMatchObject({
      PORT: 8080,
      WARM: false,
      ATLAS_STATS: true,
      PAGE_CACHE_MB: 8,
    });
  });

  it("takes PORT by the one port schema (lib/env.ts): a whole number from 0 to 65535", () => {
    expect(readServerConfig({ PORT: "0" }).PORT).toBe(0);
    for (const PORT of ["70000", "-1", "80.5"]) expect(() => readServerConfig({ PORT })).toThrow(/PORT/);
    expect(PORT_SCHEMA.parse(undefined)).toBe(3000);
  });

  it("names every variable that is wrong", () => {
    expect(() => readServerConfig({ PORT: "http", WARM: "yes" })).toThrow(/Invalid server environment: .*PORT.*WARM/);
  });
});
