/**
 * `drift-from-baseline`: a `consolidation.json` written by `propose` records which items were
 * identical in the three Sectors. Checked against the drafts now, an item of such a group that no
 * longer reads like the others is an error: common text has drifted apart. A group whose text now
 * stands in Resolution 140 has been consolidated, which is no drift.
 */
// The array diff alone: the package index loads every diff and the patch code (19 modules).
import { diffArrays } from "diff/lib/diff/array.js";
import { similarity, wordBag } from "../align/similarity.js";
import { diagnostic, FatalError, RULES } from "../diagnostics/index.js";
import { findCitations } from "../domain/citations.js";
import type { SectorTerms } from "../domain/sector-terms.js";
import type { Item, Resolution, Role, SectorRole } from "../model.js";
import { SECTOR_ROLES } from "../model.js";
import { normalizeItem, normalizeText } from "../normalize/index.js";
import type { Baseline, BaselineGroup, BaselineMember, Finding } from "./types.js";

export type { Baseline, BaselineGroup, BaselineMember } from "./types.js";

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * Reads a `consolidation.json` (any format version `propose` has written: formats 1 and 2 have `groups` with
 * `kind`, and `items` with `from.text` and `group`). Throws FatalError naming the file otherwise.
 */
export function readBaseline(json: unknown, file: string): Baseline {
  const bad = (why: string) =>
    new FatalError(`is not a consolidation.json written by propose (${why}); pass one with --baseline`, file);
  if (!isObject(json) || json.tool !== "wsis-consolidate") throw bad('no "tool": "wsis-consolidate"');
  const format = json.format;
  if (typeof format !== "number" || !Number.isInteger(format) || format < 1) throw bad('no "format" version');
  if (!Array.isArray(json.groups) || !Array.isArray(json.items)) throw bad('no "groups" and "items"');
  const members = new Map<number, BaselineMember[]>();
  for (const entry of json.items) {
    if (!isObject(entry) || typeof entry.group !== "number" || !isObject(entry.from)) continue;
    const from = entry.from;
    if (!SECTOR_ROLES.includes(from.role as SectorRole) || typeof from.text !== "string") continue;
    const list = members.get(entry.group) ?? [];
    list.push({
      role: from.role as SectorRole,
      file: typeof from.file === "string" ? from.file : "",
      line: typeof from.line === "number" ? from.line : null,
      keyword: typeof from.keyword === "string" ? from.keyword : null,
      label: typeof from.label === "string" ? from.label : null,
      text: from.text,
    });
    members.set(entry.group, list);
  }
  const groups: BaselineGroup[] = [];
  for (const g of json.groups) {
    if (!isObject(g) || g.kind !== "identical" || typeof g.group !== "number") continue;
    // The Sectors' pointer to Resolution 140 is rewritten by the proposal itself: not common text.
    if (g.action === "recalling" || g.action === "kept-recalling") continue;
    const list = members.get(g.group) ?? [];
    if (list.length < 2 || list.some((m) => findCitations(m.text).some((c) => c.key === "140"))) continue;
    groups.push({ family: typeof g.family === "string" ? g.family : "", members: list });
  }
  return { file, format, groups };
}

interface Current {
  item: Item;
  text: string;
  words: string[];
}

function currentItems(doc: Resolution | undefined, terms: SectorTerms): Current[] {
  if (!doc) return [];
  return doc.sections.flatMap((s) =>
    s.items.map((item) => {
      const norm = normalizeText(item.text, { terms });
      return { item, text: norm.text, words: norm.words };
    }),
  );
}

export function driftFromBaseline(
  baseline: Baseline,
  byRole: Partial<Record<Role, Resolution>>,
  terms: SectorTerms,
  threshold: number,
  linkThreshold: number,
): Finding[] {
  const findings: Finding[] = [];
  const current = new Map<Role, Current[]>();
  for (const role of ["pp", ...SECTOR_ROLES] as Role[]) current.set(role, currentItems(byRole[role], terms));
  const ppItems = (byRole.pp?.sections ?? []).flatMap((s) => s.items.map((i) => normalizeItem(i, { terms })));
  const ppTexts = new Set([...(current.get("pp") ?? []).map((c) => c.text), ...ppItems.map((n) => n.text)]);
  const ppBags = ppItems.map((n) => wordBag(n.words));
  for (const group of baseline.groups) {
    const reference = group.members[0] as BaselineMember;
    const norm = normalizeText(reference.text, { terms });
    const bag = wordBag(norm.words);
    // Consolidated: Resolution 140 has it now, as it stands or in its neutral wording (as a link).
    if (ppTexts.has(norm.text) || ppBags.some((pp) => similarity(bag, pp, linkThreshold) >= linkThreshold))
      continue;
    for (const member of group.members) {
      const doc = byRole[member.role];
      const items = current.get(member.role) ?? [];
      if (!doc || items.some((c) => c.text === norm.text)) continue;
      let best: { c: Current; score: number } | null = null;
      for (const c of items) {
        const score = similarity(bag, wordBag(c.words), threshold);
        if (score >= threshold && (!best || score > best.score)) best = { c, score };
      }
      const was = `${member.keyword ?? group.family} ${member.label ?? ""}`.trim();
      if (best) {
        findings.push(
          diagnostic(
            RULES.driftFromBaseline,
            doc.file,
            { line: best.c.item.line, column: best.c.item.column },
            `This item was identical in the three Sectors in ${baseline.file} (${member.role} ${was}) and now reads differently: ${wordChanges(norm.words, best.c.words)}.`,
          ),
        );
      } else {
        findings.push(
          diagnostic(
            RULES.driftFromBaseline,
            doc.file,
            null,
            `The item ${was}, identical in the three Sectors in ${baseline.file}, is no longer in this text, and Resolution 140 does not have it.`,
          ),
        );
      }
    }
  }
  return findings;
}

/** `"shall" -> "should"`, the word changes from the baseline's text to the current one (first three). */
function wordChanges(before: string[], after: string[]): string {
  const changes: string[] = [];
  let removed: string[] = [];
  const flush = (added: string[]) => {
    if (removed.length === 0 && added.length === 0) return;
    changes.push(`"${removed.join(" ") || "∅"}" -> "${added.join(" ") || "∅"}"`);
    removed = [];
  };
  for (const part of diffArrays(before, after)) {
    if (part.removed) removed = part.value;
    else if (part.added) flush(part.value);
    else flush([]);
  }
  flush([]);
  return changes.length === 0
    ? "only in its sub-items or punctuation"
    : changes.slice(0, 3).join(", ") + (changes.length > 3 ? ` and ${changes.length - 3} more` : "");
}
