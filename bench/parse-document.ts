/**
 * One large resolution for the parse benchmark, in the mix of Markdown shapes real files arrive in:
 * keywords as `*x*`, `_x_`, `**x**`, `### x` and plain lines; labels `a)`, `(a)`, `a\)` with a tab,
 * `**a)**`, operative `1`, `1.` lists, pandoc's loose lists with indented sub-items; sub-items as
 * `i)` lines, nested lists, dash paragraphs and `1.1`; hard wraps, typographic quotes, non-breaking
 * spaces, the odd link, emphasis and `&`. Deterministic for a seed. It also returns what it wrote
 * (sections, labels, sub-item counts), so a test can check the parser against it.
 */
import { seededRandom } from "./random.js";

export interface ExpectedItem {
  label: string;
  line: number;
  subitems: string[];
}

export interface ExpectedSection {
  keyword: string;
  family: string;
  line: number;
  items: ExpectedItem[];
}

export interface GeneratedDocument {
  text: string;
  sections: ExpectedSection[];
}

const PREAMBULAR = [
  ["recalling", "recalling"],
  ["recalling further", "recalling"],
  ["considering", "considering"],
  ["recognizing", "recognizing"],
  ["further recognizing", "recognizing"],
  ["noting", "noting"],
  ["noting with satisfaction", "noting"],
  ["bearing in mind", "bearing-in-mind"],
  ["taking into account", "taking-into-account"],
  ["emphasizing", "emphasizing"],
  ["aware", "aware"],
  ["mindful", "mindful"],
] as const;

const OPERATIVE = [
  ["resolves", "resolves"],
  ["instructs the Director of the Telecommunication Standardization Bureau", "instructs-director"],
  ["instructs the Secretary-General", "instructs-secretary-general"],
  ["invites Member States and Sector Members", "invites-member-states"],
  ["requests the Secretary-General", "requests-secretary-general"],
  ["encourages Member States", "encourages-member-states"],
  ["instructs the study groups", "instructs-study-groups"],
] as const;

const WORDS = (
  "the implementation of WSIS outcomes Action Lines Sustainable Development Goals information society " +
  "developing countries broadband connectivity capacity building study groups Member States Sector Members " +
  "cooperation stocktaking database annual report Council Working Group CWG-WSIS&SDG standardization gap " +
  "international standards interoperability spectrum management satellite systems emergency services " +
  "digital inclusion persons with disabilities gender equality youth small island developing states " +
  "least developed countries landlocked regional initiatives Tunis Agenda Geneva Plan of Action " +
  "multistakeholder platform follow-up review General Assembly 2030 Agenda ICT statistics measurement " +
  "e-environment e-health cybersecurity confidence and security in the use of ICTs"
).split(" ");

const LINK = "[WSIS Forum](https://www.itu.int/net4/wsis/forum/)";

class Writer {
  lines: string[] = [];
  get line(): number {
    return this.lines.length + 1;
  }
  push(...lines: string[]): void {
    this.lines.push(...lines);
  }
  blank(): void {
    if (this.lines[this.lines.length - 1] !== "") this.lines.push("");
  }
}

/** About `targetBytes` of Markdown: a heading, a preamble, then keyword sections until the size is reached. */
export function generateParseDocument(targetBytes: number, seed = 75): GeneratedDocument {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const w = new Writer();
  const sections: ExpectedSection[] = [];
  let bytes = 0;

  const sentence = (min: number, max: number): string => {
    const count = min + Math.floor(rand() * (max - min));
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      const r = rand();
      if (r < 0.0003) words.push(LINK);
      else if (r < 0.0006) words.push("www.itu.int/wsis");
      else if (r < 0.0009) words.push("https://www.itu.int/en/itu-wsis/");
      else if (r < 0.001) words.push("***all***");
      else if (r < 0.02) words.push(`*${pick(WORDS)}*`);
      else if (r < 0.05) words.push(`“${pick(WORDS)}”`);
      else if (r < 0.06) words.push("Resolution 140 (Rev. Dubai, 2018)");
      else words.push(pick(WORDS));
    }
    return words.join(" ");
  };
  /** Hard-wraps at about 78 columns, as Word-to-Markdown converters and editors do. */
  const wrap = (first: string, text: string, indent: string): string[] => {
    const out: string[] = [];
    let current = first;
    let empty = true;
    for (const word of text.split(" ")) {
      if (!empty && current.length + 1 + word.length > 78) {
        out.push(current);
        current = indent + word;
      } else current = empty ? current + word : `${current} ${word}`;
      empty = false;
    }
    out.push(current);
    return out;
  };
  const letter = (n: number) => String.fromCharCode(96 + n);
  const roman = (n: number) => ["i", "ii", "iii", "iv", "v", "vi"][n - 1] as string;

  w.push("# RESOLUTION 75 (REV. GENEVA, 2022)", "");
  w.push(
    ...wrap(
      "",
      "The ITU Telecommunication Standardization Sector’s contribution in implementing the outcomes of WSIS",
      "",
    ),
    "",
  );
  w.push("The World Telecommunication Standardization Assembly (Geneva, 2022),", "");

  let index = 0;
  while (bytes < targetBytes) {
    const operativePart = index % 10 >= 6;
    const [keyword, family] = operativePart ? pick(OPERATIVE) : pick(PREAMBULAR);
    const style = pick(["*", "_", "**", "###", ""] as const);
    const section: ExpectedSection = { keyword, family, line: w.line, items: [] };
    sections.push(section);
    w.push(style === "###" ? `### ${keyword}` : `${style}${keyword}${style}`, "");
    const count = 3 + Math.floor(rand() * 8);
    const shape = operativePart
      ? pick(["number", "number-dot-list", "pandoc-loose", "number-subdecimal"] as const)
      : pick([
          "paren",
          "escaped-tab",
          "bold",
          "plain",
          "bullet-list",
          "inline-roman",
          "dash-paragraphs",
        ] as const);
    for (let n = 1; n <= count; n++) {
      const body = sentence(20, 60);
      const withSubs = rand() < 0.25;
      const subCount = withSubs ? 2 + Math.floor(rand() * 3) : 0;
      const item: ExpectedItem = {
        label: operativePart ? String(n) : `${letter(n)})`,
        line: w.line,
        subitems: [],
      };
      section.items.push(item);
      const end = n === count ? "," : ";";
      const lead = withSubs ? `${body}:` : `${body}${end}`;
      const subs = Array.from(
        { length: subCount },
        (_, s) => `${sentence(8, 20)}${s === subCount - 1 ? end : ";"}`,
      );
      switch (shape) {
        case "paren":
        case "plain":
        case "bold":
        case "escaped-tab": {
          const label = {
            paren: `(${letter(n)}) `,
            plain: `${letter(n)}) `,
            bold: `**${letter(n)})** `,
            "escaped-tab": `${letter(n)}\\)\t`,
          }[shape];
          w.push(...wrap(label, lead, ""), "");
          subs.forEach((sub, s) => {
            item.subitems.push(`${roman(s + 1)})`);
            w.push(...wrap(`${roman(s + 1)}) `, sub, ""), "");
          });
          break;
        }
        case "inline-roman": {
          w.push(...wrap(`${letter(n)}) `, lead, ""));
          subs.forEach((sub, s) => {
            item.subitems.push(`${roman(s + 1)})`);
            w.push(...wrap(`${roman(s + 1)}) `, sub, ""));
          });
          w.blank();
          break;
        }
        case "dash-paragraphs": {
          w.push(...wrap(`${letter(n)})\u00a0`, lead, ""), "");
          for (const sub of subs) {
            item.subitems.push("–");
            w.push(...wrap("– ", sub, ""), "");
          }
          break;
        }
        case "bullet-list": {
          w.push(...wrap(`- ${letter(n)}) `, lead, "  "));
          subs.forEach((sub, s) => {
            item.subitems.push(`${roman(s + 1)})`);
            w.push(...wrap(`  - ${roman(s + 1)}) `, sub, "    "));
          });
          if (n === count) w.blank();
          break;
        }
        case "number":
        case "number-subdecimal": {
          w.push(...wrap(`${n} `, lead, ""), "");
          subs.forEach((sub, s) => {
            const label = shape === "number" ? `${letter(s + 1)})` : `${n}.${s + 1}`;
            item.subitems.push(label);
            w.push(...wrap(`${label} `, sub, ""), "");
          });
          break;
        }
        case "number-dot-list": {
          w.push(...wrap(`${n}. `, lead, "   "));
          for (const sub of subs) {
            item.subitems.push("–");
            w.push(...wrap("   - ", sub, "     "));
          }
          if (n === count) w.blank();
          break;
        }
        case "pandoc-loose": {
          w.push(...wrap(`${n}.\t`, lead, "    "), "");
          subs.forEach((sub, s) => {
            item.subitems.push(`${roman(s + 1)})`);
            w.push(...wrap(`    ${roman(s + 1)}\\)\t`, sub, "    "), "");
          });
          break;
        }
      }
    }
    w.blank();
    bytes = w.lines.reduce((sum, l) => sum + l.length + 1, 0);
    index++;
  }
  // An annex after the operative part, with a table: kept as extra blocks, read by remark.
  w.push("## ANNEX", "", "Action Lines and the Sector study groups that contribute to them", "");
  w.push("| Action Line | Study groups | Lead |", "|---|---|---|");
  for (let row = 1; row <= 60; row++)
    w.push(`| C${row} | ${sentence(3, 6)} | ${pick(["ITU-R", "ITU-T", "ITU-D"])} |`);
  w.push(
    "",
    "> NOTE – The table lists the study groups that reported activities in the last study period.",
    "",
  );
  return { text: w.lines.join("\n"), sections };
}
