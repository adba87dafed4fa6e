/**
 * Word's automatic numbering (word/numbering.xml): the label of a numbered paragraph is not in its
 * text, so it is computed here as Word displays it, from the level's format ("lowerLetter"), its text
 * pattern ("%1)", "(%1)", "%1.%2") and the running counters of the list.
 */
import type { NumberingRef } from "./styles.js";
import { child, children, parseXmlTree } from "./xml.js";

interface Level {
  start: number;
  format: string;
  text: string;
  /** Show every level in decimal (legal numbering). */
  legal: boolean;
  /** Restart after this (1-based) level; 0 never restarts. Undefined: after any higher level. */
  restart?: number;
}

interface NumInstance {
  abstractId: string;
  /** Level -> start override, applied when the instance is first used. */
  startOverrides: Map<number, number>;
  /** Level -> a level definition that replaces the abstract one. */
  levelOverrides: Map<number, Level>;
}

/** What a numbered paragraph shows before its text. */
export interface NumberLabel {
  /** "a)", "1.", "(iii)", "1.1"; "" when the level shows nothing. */
  text: string;
  /** A bullet rather than a number. */
  bullet: boolean;
}

export interface Numbering {
  /** The label of the next paragraph numbered with `ref` (advances the list's counters). */
  next(ref: NumberingRef): NumberLabel | null;
}

function readLevel(lvl: import("./xml.js").XmlElement): Level {
  const start = Number(child(lvl, "w:start")?.attributes["w:val"] ?? 1);
  const restartText = child(lvl, "w:lvlRestart")?.attributes["w:val"];
  const level: Level = {
    start: Number.isFinite(start) ? start : 1,
    format: child(lvl, "w:numFmt")?.attributes["w:val"] ?? "decimal",
    text: child(lvl, "w:lvlText")?.attributes["w:val"] ?? "",
    legal: child(lvl, "w:isLgl") !== undefined,
  };
  if (restartText !== undefined) level.restart = Number(restartText);
  return level;
}

export function readNumbering(xml: string | null): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const instances = new Map<string, NumInstance>();
  if (xml) {
    const root = child(parseXmlTree(xml), "w:numbering");
    for (const abstract of children(root, "w:abstractNum")) {
      const id = abstract.attributes["w:abstractNumId"];
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const lvl of children(abstract, "w:lvl"))
        levels.set(Number(lvl.attributes["w:ilvl"] ?? 0), readLevel(lvl));
      abstracts.set(id, levels);
    }
    for (const num of children(root, "w:num")) {
      const id = num.attributes["w:numId"];
      const abstractId = child(num, "w:abstractNumId")?.attributes["w:val"];
      if (id === undefined || abstractId === undefined) continue;
      const instance: NumInstance = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
      for (const override of children(num, "w:lvlOverride")) {
        const ilvl = Number(override.attributes["w:ilvl"] ?? 0);
        const start = child(override, "w:startOverride")?.attributes["w:val"];
        if (start !== undefined) instance.startOverrides.set(ilvl, Number(start));
        const lvl = child(override, "w:lvl");
        if (lvl) instance.levelOverrides.set(ilvl, readLevel(lvl));
      }
      instances.set(id, instance);
    }
  }

  // Word keeps one set of counters per abstract list: instances of it continue each other's numbering
  // unless an instance restarts a level (startOverride) when it is first used.
  const counters = new Map<string, (number | undefined)[]>();
  const used = new Set<string>();
  return {
    next(ref) {
      const instance = instances.get(ref.numId);
      if (!instance) return null; // numId 0 means "no numbering"
      const levels = abstracts.get(instance.abstractId);
      if (!levels) return null;
      const levelOf = (ilvl: number) => instance.levelOverrides.get(ilvl) ?? levels.get(ilvl);
      const level = levelOf(ref.ilvl);
      if (!level) return null;
      let values = counters.get(instance.abstractId);
      if (!values) {
        values = [];
        counters.set(instance.abstractId, values);
      }
      if (!used.has(ref.numId)) {
        used.add(ref.numId);
        for (const [ilvl, start] of instance.startOverrides) values[ilvl] = start - 1;
      }
      values[ref.ilvl] = (values[ref.ilvl] ?? level.start - 1) + 1;
      // Deeper levels start again under a new number at this level.
      for (let deeper = ref.ilvl + 1; deeper < 9; deeper++) {
        const restart = levelOf(deeper)?.restart;
        if (restart === 0 || (restart !== undefined && restart - 1 < ref.ilvl)) continue;
        values[deeper] = undefined;
      }
      if (level.format === "bullet") return { text: level.text, bullet: true };
      if (level.format === "none") return { text: "", bullet: false };
      const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
        const ilvl = Number(digit) - 1;
        const shown = levelOf(ilvl);
        const value = values[ilvl] ?? shown?.start ?? 1;
        return formatNumber(value, level.legal || !shown ? "decimal" : shown.format);
      });
      return { text, bullet: false };
    },
  };
}

/** A counter in one of Word's number formats; formats the reader does not know fall back to decimal. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(value);
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerRoman":
      return roman(value);
    case "upperRoman":
      return roman(value).toUpperCase();
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}

/** a, b, ..., z, aa, bb, ...: Word repeats the letter past z. */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value >= 4000) return String(value);
  const table: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  let rest = value;
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}
