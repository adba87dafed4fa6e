/**
 * Generated resolution sets for the speed benchmark: Resolution 140 and three Sector resolutions in
 * Markdown, with `n` items each, of which about 40 % are common to the three Sectors (in each
 * Sector's own words, some with a word changed), 10 % shared by two, the rest unique. Deterministic.
 */

import type { Role } from "../src/model.js";
import { seededRandom } from "./random.js";

const SECTOR_NAME: Record<Exclude<Role, "pp">, string[]> = {
  "ITU-R": ["ITU-R", "the Radiocommunication Sector", "the ITU Radiocommunication Sector"],
  "ITU-T": ["ITU-T", "the Telecommunication Standardization Sector", "the ITU-T"],
  "ITU-D": [
    "ITU-D",
    "the Telecommunication Development Sector",
    "the ITU Telecommunication Development Sector",
  ],
};
const HEADINGS: Record<Role, string> = {
  pp: "RESOLUTION 140 (REV. DUBAI, 2018)",
  "ITU-R": "RESOLUTION ITU-R 61-2",
  "ITU-T": "RESOLUTION 75 (REV. GENEVA, 2022)",
  "ITU-D": "RESOLUTION 30 (REV. BUENOS AIRES, 2017)",
};
const PREAMBLES: Record<Role, string> = {
  pp: "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),",
  "ITU-R": "The ITU Radiocommunication Assembly (Sharm el-Sheikh, 2019),",
  "ITU-T": "The World Telecommunication Standardization Assembly (Geneva, 2022),",
  "ITU-D": "The World Telecommunication Development Conference (Buenos Aires, 2017),",
};
/** Operative keywords take numbered items, so any number of items fits. */
const OPERATIVE = [
  "resolves",
  "decides",
  "requests",
  "encourages",
  "urges",
  "invites Member States",
  "instructs the Secretary-General",
];
const PREAMBULAR = ["recalling", "recognizing", "considering", "noting"];

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ner",
  "pa",
  "qui",
  "ro",
  "sa",
  "tu",
  "ve",
  "xo",
  "zen",
  "bri",
  "dal",
  "fen",
  "gor",
];

export type GeneratedSet = Record<Role, string>;

export function generateResolutionSet(itemsPerDocument: number, seed = 1): GeneratedSet {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const vocabulary = Array.from({ length: 3000 }, () =>
    Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join(""),
  );
  const sentence = (length: number) => Array.from({ length }, () => pick(vocabulary));
  type Entry = { family: number; words: string[] };
  const docs: Record<Exclude<Role, "pp">, Entry[]> = { "ITU-R": [], "ITU-T": [], "ITU-D": [] };
  const pp: Entry[] = [];
  const families = PREAMBULAR.length + OPERATIVE.length;
  // Preambular sections hold lettered items (a) to z)), so most items go to the operative ones.
  const familyOf = () =>
    rnd() < 0.05
      ? Math.floor(rnd() * PREAMBULAR.length)
      : PREAMBULAR.length + Math.floor(rnd() * OPERATIVE.length);
  for (let i = 0; i < itemsPerDocument; i++) {
    const kind = rnd();
    const family = familyOf();
    const words = sentence(12 + Math.floor(rnd() * 30));
    if (kind < 0.4) {
      for (const role of ["ITU-R", "ITU-T", "ITU-D"] as const) {
        const own = [...words];
        if (rnd() < 0.3) own[Math.floor(rnd() * own.length)] = pick(vocabulary);
        docs[role].push({ family, words: own });
      }
      if (rnd() < 0.3) pp.push({ family, words });
    } else if (kind < 0.5) {
      docs["ITU-R"].push({ family, words });
      docs["ITU-T"].push({ family, words });
      docs["ITU-D"].push({ family, words: sentence(words.length) });
    } else {
      for (const role of ["ITU-R", "ITU-T", "ITU-D"] as const)
        docs[role].push({ family, words: sentence(words.length) });
    }
  }
  while (pp.length < itemsPerDocument) pp.push({ family: familyOf(), words: sentence(20) });
  const render = (role: Role, entries: Entry[]) => {
    const lines = [
      `# ${HEADINGS[role]}`,
      "",
      "## Generated resolution for the speed benchmark",
      "",
      PREAMBLES[role],
      "",
    ];
    for (let f = 0; f < families; f++) {
      const inFamily = entries.filter((e) => e.family === f);
      if (inFamily.length === 0) continue;
      const preambular = f < PREAMBULAR.length;
      const keyword = preambular ? PREAMBULAR[f] : OPERATIVE[f - PREAMBULAR.length];
      lines.push(`*${keyword}*`, "");
      const shown = preambular ? inFamily.slice(0, 26) : inFamily;
      shown.forEach((e, k) => {
        const name = role === "pp" ? "the three Sectors" : pick(SECTOR_NAME[role]);
        const text = `that ${name} ${e.words.join(" ")}`;
        const label = preambular ? `${String.fromCharCode(97 + k)})` : `${k + 1}`;
        const end = k === shown.length - 1 ? (f === families - 1 ? "." : ",") : ";";
        lines.push(`${label} ${text}${end}`, "");
      });
    }
    return lines.join("\n");
  };
  return {
    pp: render("pp", pp.slice(0, itemsPerDocument)),
    "ITU-R": render("ITU-R", docs["ITU-R"]),
    "ITU-T": render("ITU-T", docs["ITU-T"]),
    "ITU-D": render("ITU-D", docs["ITU-D"]),
  };
}
