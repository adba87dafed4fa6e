/**
 * Generated resolution sets for property tests (fast-check): Resolution 140 and the three Sector
 * resolutions in Markdown, built from entries that are common to the three Sectors (each Sector
 * naming itself its own way, a word sometimes changed), shared by two, or one Sector's own, some also
 * in Resolution 140. Each entry carries a token of its own (`tok7`) in every copy, so a test can
 * follow an item's words into the outputs. The words are made-up syllables that no normalization or
 * neutral wording changes.
 */
import fc from "fast-check";
import type { Role } from "../../src/model.js";

export const SET_ROLES: readonly Role[] = ["pp", "ITU-R", "ITU-T", "ITU-D"];
const SECTORS = ["ITU-R", "ITU-T", "ITU-D"] as const;

const FAMILIES = [
  { keyword: "recalling", operative: false },
  { keyword: "considering", operative: false },
  { keyword: "noting", operative: false },
  { keyword: "resolves", operative: true },
  { keyword: "instructs the Secretary-General", operative: true },
  { keyword: "invites Member States", operative: true },
] as const;

export const VOCABULARY = [
  "kalo",
  "miner",
  "paqui",
  "rosa",
  "tuvex",
  "zenbri",
  "dalfen",
  "gorka",
  "lomi",
  "nerpa",
  "quiro",
  "savetu",
  "xozen",
  "brida",
  "fengol",
  "kaver",
  "mirot",
  "palun",
  "rodex",
  "tulam",
];

const SECTOR_NAMES: Record<(typeof SECTORS)[number], readonly string[]> = {
  "ITU-R": ["ITU-R", "the Radiocommunication Sector"],
  "ITU-T": ["ITU-T", "the Telecommunication Standardization Sector"],
  "ITU-D": ["ITU-D", "the Telecommunication Development Sector"],
};

const HEADINGS: Record<Role, { heading: string; preamble: string }> = {
  pp: {
    heading: "RESOLUTION 140 (REV. DUBAI, 2018)",
    preamble: "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),",
  },
  "ITU-R": {
    heading: "RESOLUTION ITU-R 61-2",
    preamble: "The ITU Radiocommunication Assembly (Sharm el-Sheikh, 2019),",
  },
  "ITU-T": {
    heading: "RESOLUTION 75 (REV. GENEVA, 2022)",
    preamble: "The World Telecommunication Standardization Assembly (Geneva, 2022),",
  },
  "ITU-D": {
    heading: "RESOLUTION 30 (REV. BUENOS AIRES, 2017)",
    preamble: "The World Telecommunication Development Conference (Buenos Aires, 2017),",
  },
};

export interface EntrySpec {
  family: number;
  words: string[];
  /** In the three Sectors, in ITU-R and ITU-T only, or in one Sector (`one`: which). */
  spread: "three" | "two" | "one";
  one: number;
  /** Also in Resolution 140 (in its own wording: "the three Sectors"). */
  inPp: boolean;
  /** A word changed in one Sector's copy: [Sector, position, word], or null. */
  changed: [number, number, number] | null;
  /** How each Sector names itself in this entry. */
  names: [number, number, number];
}

export interface SetSpec {
  entries: EntrySpec[];
  /** Which Sectors recall Resolution 140 in an item of their own (the item the new recalling item replaces). */
  recalls: [boolean, boolean, boolean];
  eol: "\n" | "\r\n";
  /** No blank line between the items of a keyword group. */
  tight: boolean;
  bom: boolean;
}

const entry: fc.Arbitrary<EntrySpec> = fc.record({
  family: fc.integer({ min: 0, max: FAMILIES.length - 1 }),
  words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 3, maxLength: 9 }),
  spread: fc.constantFrom("three", "three", "three", "two", "one"),
  one: fc.integer({ min: 0, max: 2 }),
  inPp: fc.boolean(),
  changed: fc.option(
    fc.tuple(
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: 0, max: VOCABULARY.length - 1 }),
    ),
    { freq: 4 },
  ),
  names: fc.tuple(
    fc.integer({ min: 0, max: 1 }),
    fc.integer({ min: 0, max: 1 }),
    fc.integer({ min: 0, max: 1 }),
  ),
});

/** A set of four resolutions, each with at least one item. */
export const resolutionSet: fc.Arbitrary<SetSpec> = fc.record({
  entries: fc.array(entry, { minLength: 1, maxLength: 14 }),
  recalls: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  eol: fc.constantFrom("\n", "\r\n"),
  tight: fc.boolean(),
  bom: fc.boolean(),
});

/** The token of entry `k`: in every copy of the entry, and nowhere else. */
export const tokenOf = (k: number) => `tok${k}`;

interface Written {
  family: number;
  text: string;
}

/** The four Markdown texts of a set, by role. */
export function renderSet(spec: SetSpec): Record<Role, string> {
  const items: Record<Role, Written[]> = { pp: [], "ITU-R": [], "ITU-T": [], "ITU-D": [] };
  spec.entries.forEach((e, k) => {
    const token = tokenOf(k);
    const sectors = e.spread === "three" ? [0, 1, 2] : e.spread === "two" ? [0, 1] : [e.one];
    for (const s of sectors) {
      const role = SECTORS[s] as (typeof SECTORS)[number];
      const words = [...e.words];
      if (e.changed && e.changed[0] === s && e.changed[1] < words.length) {
        words[e.changed[1]] = VOCABULARY[e.changed[2]] as string;
      }
      const name = SECTOR_NAMES[role][e.names[s] as number] as string;
      items[role].push({ family: e.family, text: `that ${name} shall ${words.join(" ")} ${token}` });
    }
    if (e.inPp)
      items.pp.push({ family: e.family, text: `that the three Sectors shall ${e.words.join(" ")} ${token}` });
  });
  SECTORS.forEach((role, s) => {
    if (spec.recalls[s]) {
      items[role].unshift({
        family: 0,
        text: "Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference",
      });
    }
  });
  // Every document needs a keyword group with an item to be read as a resolution.
  SET_ROLES.forEach((role, k) => {
    items[role].push({ family: 3, text: `to report on ${VOCABULARY[k]} tokown${k}` });
  });
  const out = {} as Record<Role, string>;
  for (const role of SET_ROLES) out[role] = write(role, items[role], spec);
  return out;
}

function write(role: Role, items: readonly Written[], spec: SetSpec): string {
  const { eol } = spec;
  const lines = [
    `# ${HEADINGS[role].heading}`,
    "",
    "Generated for the property tests",
    "",
    HEADINGS[role].preamble,
    "",
  ];
  const used = FAMILIES.map((_, f) => f).filter((f) => items.some((i) => i.family === f));
  used.forEach((f, n) => {
    const family = FAMILIES[f] as (typeof FAMILIES)[number];
    const inFamily = items.filter((i) => i.family === f).slice(0, family.operative ? 99 : 26);
    lines.push(`*${family.keyword}*`, "");
    inFamily.forEach((item, k) => {
      const label = family.operative ? String(k + 1) : `${String.fromCharCode(97 + k)})`;
      const last = k === inFamily.length - 1;
      const end = !last ? ";" : n === used.length - 1 ? "." : ",";
      lines.push(`${label} ${item.text}${end}`);
      if (!spec.tight || last) lines.push("");
    });
  });
  return (spec.bom ? "\uFEFF" : "") + lines.join(eol);
}
