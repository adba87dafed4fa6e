// Copies the shipped data files (YAML tables) next to the compiled code, which reads them at run time.
import { cpSync } from "node:fs";

cpSync(new URL("../src/data", import.meta.url), new URL("../dist/src/data", import.meta.url), {
  recursive: true,
  filter: (source) => !source.endsWith(".ts"),
});
