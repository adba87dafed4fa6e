/**
 * A moved item that cites a resolution Resolution 140 already cites under the same keyword family
 * ("recalling Resolution 71"): where the rest of the two items says the same, it is the Resolution 140
 * item, and nothing is added; otherwise the new item is bracketed for the delegations to decide.
 */
import { ROLE_BODY } from "../domain/bodies.js";
import { type CitationRevisions, findCitations, updateCitations } from "../domain/citations.js";
import type { SectorTerms } from "../domain/sector-terms.js";
import type { Item, Resolution } from "../model.js";
import { normalizeItem, normalizeText } from "../normalize/index.js";
import { plainText } from "./prose.js";
import type { PlannedSection, Wording } from "./types.js";

/** A Resolution 140 item that cites a document, and how the text names the document. */
export interface CitingItem {
  section: number;
  item: number;
  place: string;
  /** "Resolution 71". */
  cited: string;
}

/** Where Resolution 140 cites each document, by keyword family: family -> "body number" -> items. */
export class CitationIndex {
  private readonly byFamily = new Map<string, Map<string, CitingItem[]>>();

  constructor(private readonly pp: Resolution) {
    pp.sections.forEach((section, si) => {
      const byId = this.byFamily.get(section.family) ?? new Map<string, CitingItem[]>();
      this.byFamily.set(section.family, byId);
      section.items.forEach((item, ii) => {
        for (const text of [item.text, ...item.subitems.map((s) => s.text)]) {
          for (const c of findCitations(text, ROLE_BODY.pp)) {
            if (c.body === null) continue;
            const id = `${c.body} ${c.key}`;
            const list = byId.get(id) ?? [];
            if (!list.some((x) => x.section === si && x.item === ii))
              list.push({
                section: si,
                item: ii,
                place: `${section.keyword} ${item.label ?? ""}`.trimEnd(),
                cited: `Resolution ${c.key}`,
              });
            byId.set(id, list);
          }
        }
      });
    });
  }

  /** The Resolution 140 items of `family` citing a document the wording (written for Resolution 140) cites. */
  citing(family: string, wording: Wording): CitingItem[] {
    const ids = new Set(
      [wording.text, ...wording.subitems.map((s) => s.text)].flatMap((t) =>
        findCitations(plainText(t), ROLE_BODY.pp).flatMap((c) => (c.body ? [`${c.body} ${c.key}`] : [])),
      ),
    );
    const found: CitingItem[] = [];
    for (const id of ids) for (const c of this.byFamily.get(family)?.get(id) ?? []) found.push(c);
    return found;
  }

  /** The one of `candidates` that says what the wording says, citation revisions and Sector terms set aside. */
  sameAs(candidates: readonly CitingItem[], wording: Wording, terms: SectorTerms): CitingItem | null {
    const words = normalizeText(
      [wording.text, ...wording.subitems.map((s) => s.text)].map((t) => plainText(t)).join("; "),
      { terms },
    ).words.join(" ");
    for (const c of candidates) {
      const item = this.pp.sections[c.section]?.items[c.item] as Item;
      if (normalizeItem(item, { terms }).words.join(" ") === words) return c;
    }
    return null;
  }
}

/**
 * The Resolution 140 item a moved item turned out to be: its citations brought to the newest revision
 * of the same documents (a change recorded on the planned item, which becomes MOD).
 */
export function updateItemCitations(
  sections: PlannedSection[],
  at: { section: number; item: number },
  item: Item,
  citations: CitationRevisions,
): void {
  const planned = sections[at.section]?.items[at.item];
  if (!planned) return;
  const updated = updateCitations(item.source, citations, ROLE_BODY.pp);
  for (const e of updated.edits) {
    planned.citationChanges.push({
      start: e.start,
      end: e.end,
      from: item.source.slice(e.start, e.end),
      to: e.text,
    });
  }
}

/** The wording in [square brackets]: text the delegations have not agreed. */
export function bracketed(wording: Wording): Wording {
  const subitems = wording.subitems.map((s) => ({ ...s }));
  const last = subitems[subitems.length - 1];
  if (last) {
    last.text = `${last.text}]`;
    return { text: `[${wording.text}`, subitems };
  }
  return { text: `[${wording.text}]`, subitems };
}
