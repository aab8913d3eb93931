/** @jest-environment node */
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

  it("names every variable that is wrong", () => {
    expect(() => readServerConfig({ PORT: "http", WARM: "yes" })).toThrow(/Invalid server environment: .*PORT.*WARM/);
  });
});
