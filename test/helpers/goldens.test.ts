/** The golden-file switch: UPDATE=1 rewrites goldens, except when CI is set. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UPDATE_REFUSED_IN_CI, updatingGoldens, writeGoldens } from "./goldens.js";

const dir = mkdtempSync(join(tmpdir(), "wsis-goldens-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("updatingGoldens", () => {
  it("compares unless UPDATE=1, and rewrites with UPDATE=1 off CI", () => {
    expect(updatingGoldens({})).toBe(false);
    expect(updatingGoldens({ UPDATE: "0", CI: "true" })).toBe(false);
    expect(updatingGoldens({ UPDATE: "1" })).toBe(true);
    expect(updatingGoldens({ UPDATE: "1", CI: "" })).toBe(true);
  });

  it("refuses UPDATE=1 when CI is set, with a message that says why", () => {
    expect(UPDATE_REFUSED_IN_CI).toBe("UPDATE=1 regenerates goldens and is refused when CI is set");
    expect(() => updatingGoldens({ UPDATE: "1", CI: "true" })).toThrow(UPDATE_REFUSED_IN_CI);
    expect(() => updatingGoldens({ UPDATE: "1", CI: "1" })).toThrow(UPDATE_REFUSED_IN_CI);
  });
});

describe("writeGoldens", () => {
  it("replaces the folder with exactly the files given", () => {
    const expected = join(dir, "expected");
    writeGoldens(expected, { "a.md": "A\n", "b.md": "B\n" }, {});
    writeGoldens(expected, { "a.md": "A2\n" }, {});
    expect(readdirSync(expected)).toEqual(["a.md"]);
    expect(readFileSync(join(expected, "a.md"), "utf8")).toBe("A2\n");
  });

  it("writes nothing when CI is set", () => {
    const kept = join(dir, "kept");
    writeGoldens(kept, { "a.md": "golden\n" }, {});
    expect(() => writeGoldens(kept, { "a.md": "regenerated\n" }, { CI: "true" })).toThrow(
      UPDATE_REFUSED_IN_CI,
    );
    expect(() => writeGoldens(join(dir, "new"), { "a.md": "x\n" }, { CI: "true" })).toThrow(
      UPDATE_REFUSED_IN_CI,
    );
    expect(readFileSync(join(kept, "a.md"), "utf8")).toBe("golden\n");
    expect(existsSync(join(dir, "new"))).toBe(false);
  });
});
