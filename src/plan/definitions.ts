/**
 * Footnotes and link definitions follow the items that refer to them. A moved item's footnote
 * definitions move into Resolution 140 (renamed when the name is taken there by another text), its
 * link definitions are copied; a Sector text loses each definition that none of its remaining items
 * refers to any more.
 */
import type { Item, Resolution, SectorRole } from "../model.js";
import {
  type Definition,
  definitionsOf,
  linkLabels,
  referencesIn,
  renameFootnotes,
  renameLinks,
} from "./moved-item.js";
import { itemAt } from "./planned.js";
import type { AddedDefinition, PlannedDocument, ReviewNote, Wording } from "./types.js";

/** The definitions Resolution 140 has, in its input and added so far, by kind and name. */
export class TargetDefinitions {
  private readonly taken = new Map<string, string>();
  readonly added: AddedDefinition[] = [];

  constructor(pp: Resolution) {
    for (const d of definitionsOf(pp)) this.taken.set(key(d.kind, d.name), d.body.trim());
  }

  /**
   * Brings the definitions a moved wording refers to from its source document; returns the wording
   * with references renamed where a name was taken, and notes what came along.
   */
  bring(wording: Wording, source: Resolution, role: SectorRole, review: ReviewNote[]): Wording {
    const links = linkLabels(source);
    const texts = [wording.text, ...wording.subitems.map((s) => s.text)];
    const refs = referencesIn(texts.join(" "), links);
    const defined = definitionsOf(source);
    const footnotes = new Map<string, string>();
    const linkRenames = new Map<string, string>();
    for (const name of refs.footnotes) {
      const def = defined.find((d) => d.kind === "footnote" && d.name === name);
      if (!def) continue;
      const to = this.place(def, source, role);
      if (to !== name) footnotes.set(name, to);
    }
    for (const name of refs.links) {
      const def = defined.find((d) => d.kind === "link" && d.name === name);
      if (!def) continue;
      const to = this.place(def, source, role);
      if (to !== name) linkRenames.set(name, to);
    }
    const moved = refs.footnotes.filter((n) => defined.some((d) => d.kind === "footnote" && d.name === n));
    if (moved.length > 0) {
      const renamed = [...footnotes].map(([from, to]) => `[^${from}] renamed [^${to}]`);
      review.push({
        rule: "footnote",
        message: `its footnote${moved.length > 1 ? "s" : ""} ${moved.map((n) => `[^${n}]`).join(", ")} moved with it${renamed.length > 0 ? ` (${renamed.join(", ")}: the name is taken in Resolution 140)` : ""}`,
      });
    }
    const rename = (text: string) => renameLinks(renameFootnotes(text, footnotes), linkRenames, links);
    return {
      text: rename(wording.text),
      subitems: wording.subitems.map((s) => ({ ...s, text: rename(s.text) })),
    };
  }

  /** The name a definition has in Resolution 140: its own, unless another text holds it there. */
  private place(def: Definition, source: Resolution, role: SectorRole): string {
    const body = def.body.trim();
    let name = def.name;
    for (let n = 2; ; n++) {
      const held = this.taken.get(key(def.kind, name));
      if (held === body) return name;
      if (held === undefined) break;
      name = `${def.name}-${n}`;
    }
    this.taken.set(key(def.kind, name), body);
    const extra = source.extras[def.extra];
    this.added.push({
      kind: def.kind,
      name,
      sourceName: def.name,
      from: { role, file: source.file, line: extra?.line ?? 0 },
      body: def.body,
    });
    return name;
  }
}

const key = (kind: Definition["kind"], name: string) => `${kind}:${name}`;

/**
 * The definitions of a shortened text that an item referred to and that nothing left refers to: no
 * remaining item and no other block (an annex, a note). They leave with the items (as indices in
 * `input.extras`); a block of several link definitions leaves when all of them do.
 */
export function orphanedDefinitions(planned: PlannedDocument): number[] {
  const doc = planned.input;
  const definitions = definitionsOf(doc);
  // Without definitions nothing can be orphaned: no item needs reading (most documents have none).
  if (definitions.length === 0) return [];
  const links = linkLabels(doc);
  const before = new Set<string>();
  const after = new Set<string>();
  const note = (set: Set<string>, markdown: string) => {
    const refs = referencesIn(markdown, links);
    for (const f of refs.footnotes) set.add(key("footnote", f));
    for (const l of refs.links) set.add(key("link", l));
  };
  for (const s of planned.sections) {
    for (const i of s.items) {
      const source = i.origin ? (itemAt(doc, i.origin) as Item).source : "";
      note(before, source);
      if (i.mark === "SUP") continue;
      note(after, i.wording ? [i.wording.text, ...i.wording.subitems.map((x) => x.text)].join(" ") : source);
    }
  }
  const blocks = new Set(definitions.map((d) => d.extra));
  doc.extras.forEach((extra, index) => {
    if (!blocks.has(index)) note(after, extra.source);
  });
  return [...blocks]
    .sort((a, b) => a - b)
    .filter((index) =>
      definitions
        .filter((d) => d.extra === index)
        .every((d) => before.has(key(d.kind, d.name)) && !after.has(key(d.kind, d.name))),
    );
}
