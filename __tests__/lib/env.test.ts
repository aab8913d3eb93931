/** @jest-environment node */

/** lib/env.ts read with `vars` set, as a fresh module (it validates the environment once, at import). */
function envWith(vars: Record<string, string | undefined>): typeof import("@/lib/env") {
  const saved = { ...process.env };
  // process.env turns undefined into "undefined": an unset variable is deleted.
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    let mod: typeof import("@/lib/env") | undefined;
    jest.isolateModules(() => {
      mod = jest.requireActual("@/lib/env");
    });
    return mod!;
  } finally {
    for (const key of Object.keys(vars)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

describe("the corrections address (CORRECTIONS_EMAIL)", () => {
  it("gives each person's case a mailto link naming them when set, and no link when unset", () => {
    expect(envWith({ CORRECTIONS_EMAIL: "corrections@atlas.example" }).correctionHref("Rafael Caro Quintero")).toBe(
      "mailto:corrections@atlas.example?subject=Correction%3A%20Rafael%20Caro%20Quintero",
    );
    expect(envWith({ CORRECTIONS_EMAIL: undefined }).correctionHref("Rafael Caro Quintero")).toBeUndefined();
  });

  it("stops the server at start with a message naming the variable when it is not an address", () => {
    expect(() => envWith({ CORRECTIONS_EMAIL: "javascript:alert(1)" })).toThrow(/CORRECTIONS_EMAIL must be an e-mail address/);
  });
});
