/**
 * Labels of items: a), b) ... for preambular items and 1, 2 ... for operative ones, written in the
 * style the document already uses ("(a)", "a\)", "**a)**", "1.", "1)").
 */
import type { Item, Section, SectionKind } from "../model.js";

export type LabelScheme = "letters" | "numbers" | "none";

/** 1 -> "a", 26 -> "z", 27 -> "aa" (bijective base 26, as long lists are lettered). */
export function letters(n: number): string {
  let out = "";
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    k = Math.floor((k - 1) / 26);
  }
  return out;
}

/** The canonical label of the n-th item (1-based) in a scheme: "c)" or "3". */
export function canonicalLabel(scheme: Exclude<LabelScheme, "none">, n: number): string {
  return scheme === "letters" ? `${letters(n)})` : String(n);
}

export function schemeOfLabel(label: string | null): LabelScheme {
  if (label === null) return "none";
  if (/^\d+$/.test(label)) return "numbers";
  if (/^[a-z]+\)$/.test(label)) return "letters";
  return "none";
}

export function defaultScheme(kind: SectionKind): Exclude<LabelScheme, "none"> {
  return kind === "preambular" ? "letters" : "numbers";
}

/** How a section's items are labelled in the input. */
export function sectionScheme(section: Section): LabelScheme {
  for (const item of section.items) {
    const scheme = schemeOfLabel(item.label);
    if (scheme !== "none") return scheme;
  }
  return "none";
}

/** The core of a canonical label: "c)" -> "c", "3" -> "3". */
export function labelCore(label: string): string {
  return label.replace(/\)$/, "");
}

/**
 * A written label in the style of `template` (a label as written, e.g. "(a)", "**1.**"): the letters or
 * digits of the template are replaced by those of `label`.
 */
export function styleLabel(template: string | null, label: string): string {
  const core = labelCore(label);
  if (!template) return label;
  const m = /[a-z]+|\d+(?:\.\d+)*/.exec(template);
  if (!m) return label;
  return template.slice(0, m.index) + core + template.slice(m.index + m[0].length);
}

/** The label as written of the first labelled item of the given scheme in the sections, if any. */
export function labelTemplate(
  sections: readonly Section[],
  scheme: Exclude<LabelScheme, "none">,
): string | null {
  for (const section of sections) {
    for (const item of section.items) {
      if (item.labelRaw && schemeOfLabel(item.label) === scheme) return item.labelRaw;
    }
  }
  return null;
}

/** Sub-items numbered after their item ("1.1", "1.2") follow its new number. */
export function renumberSubitems(
  item: Item,
  newLabel: string | null,
): { subitem: number; from: string; to: string }[] {
  const changes: { subitem: number; from: string; to: string }[] = [];
  if (!item.label || !/^\d+$/.test(item.label)) return changes;
  const newNumber = newLabel && /^\d+$/.test(newLabel) ? newLabel : null;
  if (!newNumber || newNumber === item.label) return changes;
  item.subitems.forEach((sub, index) => {
    if (sub.label?.startsWith(`${item.label}.`)) {
      changes.push({
        subitem: index,
        from: sub.label,
        to: newNumber + sub.label.slice(item.label?.length ?? 0),
      });
    }
  });
  return changes;
}
