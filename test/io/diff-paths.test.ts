import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffPathOf } from "../../src/io/diff-paths.js";

describe("diffPathOf: how a diff names its input so that it applies", () => {
  it("names an input under the working folder by its relative path", () => {
    expect(diffPathOf("fixtures/r.md", "/home/u/repo", path.posix)).toBe("fixtures/r.md");
    expect(diffPathOf("./fixtures/r.md", "/home/u/repo", path.posix)).toBe("fixtures/r.md");
    expect(diffPathOf("/home/u/repo/drafts/my draft.md", "/home/u/repo", path.posix)).toBe(
      "drafts/my draft.md",
    );
  });

  it("names an input outside it by its file name (apply in the input's folder)", () => {
    expect(diffPathOf("/elsewhere/t.md", "/home/u/repo", path.posix)).toBe("t.md");
    expect(diffPathOf("../x/t.md", "/home/u/repo", path.posix)).toBe("t.md");
  });

  it("writes forward slashes for Windows paths, and handles another drive", () => {
    expect(diffPathOf("drafts\\itu-t.md", "C:\\work\\repo", path.win32)).toBe("drafts/itu-t.md");
    expect(diffPathOf("C:\\work\\repo\\a\\b.md", "C:\\work\\repo", path.win32)).toBe("a/b.md");
    expect(diffPathOf("D:\\texts\\t.md", "C:\\work\\repo", path.win32)).toBe("t.md");
    expect(diffPathOf("..\\other\\t.md", "C:\\work\\repo", path.win32)).toBe("t.md");
  });
});
