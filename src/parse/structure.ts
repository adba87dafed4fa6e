/**
 * Lines to structure: keyword sections, their items and sub-items, and whatever is neither (kept as
 * extra blocks). Reads the units in source order with a stack of open label levels, the way a reader
 * follows "a) ... i) ... ii) ... b)": a label continues the deepest level that expects it, opens a
 * level under the current item when its style is new, and list nesting in the Markdown is obeyed.
 */
import { diagnostic, RULES, type Rule } from "../diagnostics/index.js";
import type { Diagnostic, ExtraBlock, Item, Section, SectionKind } from "../model.js";
import { cleanKeyword, isTrailingPartHeading, type KeywordMatch, matchKeyword, slug } from "./keywords.js";
import { type Label, type LabelKind, labelFor, rawLabelEnd, readLabel } from "./labels.js";
import type { Unit } from "./lines.js";
import { collapse } from "./plain-text.js";
import { pointAt, type SourceText, spanOf } from "./source.js";

export interface Structure {
  sections: Section[];
  extras: ExtraBlock[];
  /** Text units before the first keyword (heading, title, preamble ...), for `readFront`. */
  frontUnits: Unit[];
  diagnostics: Diagnostic[];
}

type LevelKind = LabelKind | "none";

interface ItemDraft {
  label: string | null;
  labelRaw: string | null;
  ordinal: number | null;
  kind: LevelKind;
  parts: string[];
  line: number;
  column: number;
  start: number;
  end: number;
  /** The list item it was opened by (the innermost container of its first line), if any. */
  listItem: number | null;
  children: Level | null;
}

interface Level {
  kind: LevelKind | null;
  items: ItemDraft[];
  last: ItemDraft | null;
  lastOrdinal: number | null;
  owner: ItemDraft | null;
}

interface SectionDraft {
  keyword: string;
  family: string;
  kind: SectionKind;
  start: number;
  keywordEnd: number;
  end: number;
  root: Level;
  /** The keyword may still continue on the next line ("instructs the Director of the ... / Bureau"). */
  open: boolean;
}

interface ExtraDraft {
  after: "front" | number;
  start: number;
  end: number;
  parts: string[];
  block: number;
}

type Target =
  | { type: "item"; item: ItemDraft }
  | { type: "keyword"; section: SectionDraft }
  | { type: "extra"; extra: ExtraDraft }
  | { type: "front" }
  | null;

const newLevel = (owner: ItemDraft | null): Level => ({
  kind: null,
  items: [],
  last: null,
  lastOrdinal: null,
  owner,
});

export function buildStructure(units: readonly Unit[], source: SourceText): Structure {
  const { text, file } = source;
  const sections: SectionDraft[] = [];
  const extras: ExtraDraft[] = [];
  const frontUnits: Unit[] = [];
  const diagnostics: Diagnostic[] = [];
  let path: Level[] = [];
  let target: Target = null;
  let trailing = false;
  let previous: Unit | null = null;
  let operativeSections = 0;

  const warn = (offset: number, rule: Rule, message: string) => {
    diagnostics.push(diagnostic(rule, file, pointAt(source, offset), message));
  };
  const current = (): SectionDraft | null => sections[sections.length - 1] ?? null;
  const afterIndex = (): "front" | number => (sections.length === 0 ? "front" : sections.length - 1);

  const addExtra = (unit: Unit, continuing: boolean) => {
    const last = target?.type === "extra" ? target.extra : null;
    if (continuing && last && last.block === unit.block) {
      last.end = Math.max(last.end, unit.end);
      last.parts.push(unit.text);
    } else {
      const extra: ExtraDraft = {
        after: afterIndex(),
        start: unit.spanStart,
        end: unit.end,
        parts: [unit.text],
        block: unit.block,
      };
      extras.push(extra);
      target = { type: "extra", extra };
    }
    const section = current();
    if (section && !trailing) section.end = Math.max(section.end, unit.end);
  };

  const openSection = (match: KeywordMatch, unit: Unit, keywordEnd: number) => {
    const section: SectionDraft = {
      keyword: match.keyword,
      family: match.family,
      kind: match.kind,
      start: unit.spanStart,
      keywordEnd,
      end: keywordEnd,
      root: newLevel(null),
      open: match.kind === "operative" && match.addressee !== "" && !/[,:]\s*$/.test(unit.text),
    };
    sections.push(section);
    if (section.kind === "operative") operativeSections++;
    path = [section.root];
    target = { type: "keyword", section };
  };

  const extend = (item: ItemDraft, unit: Unit, textPart: string) => {
    item.parts.push(textPart);
    item.end = Math.max(item.end, unit.end);
  };

  /** The deepest open item whose list item contains this unit (a later paragraph or a nested list). */
  const containingLevel = (unit: Unit): number => {
    for (let i = path.length - 1; i >= 0; i--) {
      const last = (path[i] as Level).last;
      if (last?.listItem !== null && last?.listItem !== undefined && unit.containers.includes(last.listItem))
        return i;
    }
    return -1;
  };

  /** Where a label goes: the index of its level in `path` (maybe a new one), and the kind it takes there. */
  const placeLabel = (
    label: Label,
    unit: Unit,
    dryRun: boolean,
  ): { level: number; kind: LabelKind } | null => {
    const minimum = containingLevel(unit) + 1;
    const deepest = path[path.length - 1] as Level;
    const openSubLevel = (kind: LabelKind) => {
      if (dryRun) return { level: path.length, kind };
      const owner = deepest.last as ItemDraft;
      owner.children = newLevel(owner);
      path.push(owner.children);
      return { level: path.length - 1, kind };
    };
    // "h) ... the following:" then "i)": a chapeau announces sub-items, so "i)" is roman, not the letter.
    const chapeau = deepest.last !== null && deepest.last.children === null && endsWithColon(deepest.last);
    if (label.kind === "letter" && label.romanOrdinal === 1 && chapeau) return openSubLevel("roman");
    for (let j = path.length - 1; j >= minimum; j--) {
      const kind = expectedKind(path[j] as Level, label);
      if (kind) return { level: j, kind };
    }
    // "i)" that no level expects opens roman sub-items rather than being a letter out of sequence.
    const opensRoman = label.romanOrdinal === 1;
    for (let j = path.length - 1; j >= minimum; j--) {
      const kind = sameKind(path[j] as Level, label);
      if (kind && !(opensRoman && kind === "letter")) return { level: j, kind };
    }
    const kind: LabelKind = label.romanOrdinal === 1 ? "roman" : label.kind;
    if (deepest.kind === null || (deepest.kind === "none" && path.length - 1 >= minimum)) {
      return { level: path.length - 1, kind };
    }
    return openSubLevel(kind);
  };

  const addItem = (
    unit: Unit,
    label: Label | null,
    labelRaw: string | null,
    column: number,
    textPart: string,
    placement: { level: number; kind: LevelKind },
    start: number = unit.spanStart,
  ) => {
    path = path.slice(0, placement.level + 1);
    const level = path[placement.level] as Level;
    if (level.kind === null || level.kind === "none") level.kind = placement.kind;
    const ordinal = label
      ? placement.kind === "roman" && label.kind === "letter"
        ? label.romanOrdinal
        : label.ordinal
      : null;
    const canonical = label
      ? placement.kind === "roman" && label.kind === "letter"
        ? `${label.plain.replace(/[().]/g, "")})`
        : label.canonical
      : null;
    if (label && ordinal !== null)
      checkSequence(level, label, canonical as string, ordinal, placement.kind, unit);
    if (ordinal !== null && !label?.insertion) level.lastOrdinal = ordinal;
    const item: ItemDraft = {
      label: canonical,
      labelRaw,
      ordinal,
      kind: placement.kind,
      parts: [textPart],
      line: unit.line,
      column,
      start,
      end: unit.end,
      listItem: unit.marker ? (unit.containers[unit.containers.length - 1] ?? null) : null,
      children: null,
    };
    level.items.push(item);
    level.last = item;
    target = { type: "item", item };
    const section = current() as SectionDraft;
    section.open = false;
    section.end = Math.max(section.end, unit.end);
  };

  const checkSequence = (
    level: Level,
    label: Label,
    canonical: string,
    ordinal: number,
    kind: LevelKind,
    unit: Unit,
  ) => {
    if (kind === "none") return;
    const previousOrdinal = level.lastOrdinal;
    const where = unit.start;
    if (label.insertion) {
      if (previousOrdinal !== ordinal) {
        warn(
          where,
          RULES.labelSequence,
          `Label "${canonical}" inserts after item ${labelFor(kind, ordinal)}, which is not the item before it; check the numbering.`,
        );
      }
      return;
    }
    const parentOrdinal = level.owner?.ordinal;
    if (
      kind === "decimal" &&
      label.parts &&
      level.owner?.kind === "number" &&
      label.parts[0] !== parentOrdinal
    ) {
      warn(
        where,
        RULES.labelSequence,
        `Label "${canonical}" stands under item ${parentOrdinal}; renumber it ${parentOrdinal}.${ordinal} or move it.`,
      );
      return;
    }
    const expected = (previousOrdinal ?? 0) + 1;
    const parentLabel = level.owner?.label ?? undefined;
    if (previousOrdinal !== null && ordinal === previousOrdinal) {
      warn(
        where,
        RULES.labelRepeated,
        `Label "${canonical}" repeats the label of the item before it; re-letter or renumber the items.`,
      );
    } else if (ordinal !== expected) {
      const want = labelFor(kind, expected, parentLabel);
      const before =
        previousOrdinal === null
          ? "opens its list"
          : `follows "${labelFor(kind, previousOrdinal, parentLabel)}"`;
      warn(
        where,
        RULES.labelSequence,
        `Label "${canonical}" ${before}; expected "${want}". Fix the numbering, or add the missing item.`,
      );
    }
  };

  const labelOf = (
    unit: Unit,
  ): { label: Label | null; raw: string | null; column: number; textPart: string } => {
    const label = readLabel(unit.text);
    if (label) {
      const rawEnd = rawLabelEnd(text, unit.start, label.plain);
      const raw = rawEnd > unit.start ? text.slice(unit.start, rawEnd) : label.plain;
      return {
        label,
        raw,
        column: pointAt(source, unit.start).column,
        textPart: unit.text.slice(label.textStart),
      };
    }
    const marker = unit.marker;
    if (marker) {
      const column = pointAt(source, unit.spanStart).column;
      if (marker.ordered && marker.value !== null) {
        const synthetic = readLabel(`${marker.value} `) as Label;
        return { label: synthetic, raw: marker.raw, column, textPart: unit.text };
      }
      return { label: readLabel("– ") as Label, raw: marker.raw, column, textPart: unit.text };
    }
    return { label: null, raw: null, column: pointAt(source, unit.start).column, textPart: unit.text };
  };

  /** The keyword a paragraph, heading or list item opens with, if its shape says it is one. */
  const keywordOf = (
    unit: Unit,
    singleLine: boolean,
  ): { match: KeywordMatch; end: number; rest: string } | null => {
    if (unit.heading || unit.lead?.whole) {
      const match = matchKeyword(unit.text);
      return match ? { match, end: unit.end, rest: "" } : null;
    }
    if (unit.lead) {
      const match = matchKeyword(unit.lead.text);
      const plain = collapse(unit.text);
      if (match && plain.startsWith(unit.lead.text)) {
        const rest = plain.slice(unit.lead.text.length).replace(/^[\s,:]+/, "");
        const withAddressee =
          match.kind === "operative" && match.addressee === ""
            ? matchKeyword(`${unit.lead.text} ${rest}`)
            : null;
        const family = withAddressee?.knownAddressee ? withAddressee.family : match.family;
        return { match: { ...match, family }, end: unit.lead.end, rest };
      }
    }
    const match = matchKeyword(unit.text);
    if (!match) return null;
    if (match.kind === "preambular" || match.addressee === "") return { match, end: unit.end, rest: "" };
    if (/[.;]$/.test(unit.text)) return null;
    if (!match.knownAddressee && !(singleLine && match.keyword.split(" ").length <= 12)) return null;
    return { match, end: unit.end, rest: "" };
  };

  const looksLikeKeyword = (unit: Unit, singleLine: boolean): boolean => {
    const words = cleanKeyword(unit.text);
    if (words === "" || /[.;]$/.test(unit.text) || words.length > 80 || !/^\p{Ll}/u.test(words)) return false;
    const count = words.split(" ").length;
    if (unit.heading || unit.lead?.whole) return count <= 8;
    // A plain line: short, unpunctuated, opening with a participle or a verb ("taking stock", "affirms").
    const first = words.split(" ")[0] as string;
    return (
      singleLine &&
      count <= 4 &&
      !/[,:;.]$/.test(unit.text.trim()) &&
      /(?:ing|s)$/.test(first) &&
      first !== "this"
    );
  };

  /** A label on a hard-wrapped line counts only where a new item could begin. */
  const plausibleOnContinuation = (label: Label, unit: Unit): boolean => {
    if (label.kind === "dash") return previous !== null && /[:;]$/.test(previous.text);
    if (path.length === 0) return false;
    const placement = placeLabel(label, unit, true);
    if (!placement) return false;
    const level = path[placement.level];
    const ordinal =
      placement.kind === "roman" && label.kind === "letter" ? label.romanOrdinal : label.ordinal;
    if (!level || level.kind === null) return ordinal === 1;
    return ordinal === (level.lastOrdinal ?? 0) + 1;
  };

  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as Unit;
    const next = units[index + 1];
    const singleLine = !next || next.blockStart || next.block !== unit.block;
    const section = current();

    if (trailing) {
      addExtra(unit, !unit.blockStart);
      previous = unit;
      continue;
    }

    if (unit.kind === "opaque") {
      const item = target?.type === "item" ? target.item : null;
      const level = containingLevel(unit);
      if (item && level >= 0) {
        const owner = (path[level] as Level).last as ItemDraft;
        owner.end = Math.max(owner.end, unit.end);
        if (section) section.end = Math.max(section.end, unit.end);
      } else addExtra(unit, false);
      previous = unit;
      continue;
    }

    // "…(Rev. Dubai,\n2018) …" in a list item: CommonMark opens item "2018", a reader sees wrapped text.
    const year = unit.marker?.ordered && (unit.marker.value ?? 0) > 999 && target?.type === "item";
    if (year) unit.text = `${unit.marker?.raw} ${unit.text}`;
    const starts = !year && (unit.blockStart || unit.marker !== null);
    if (!starts) {
      handleContinuation(unit);
      previous = unit;
      continue;
    }

    const operativeSeen = operativeSections > 0;
    if (
      operativeSeen &&
      (unit.heading || unit.lead?.whole || singleLine) &&
      isTrailingPartHeading(unit.text) &&
      !readLabel(unit.text)
    ) {
      trailing = true;
      addExtra(unit, false);
      previous = unit;
      continue;
    }

    const keyword = keywordOf(unit, singleLine);
    if (keyword) {
      openSection(keyword.match, unit, keyword.end);
      if (keyword.rest !== "") {
        let restStart = keyword.end;
        while (restStart < unit.end && /[\s,:]/.test(text.charAt(restStart))) restStart++;
        const column = pointAt(source, restStart).column;
        addItem(unit, null, null, column, keyword.rest, { level: 0, kind: "none" }, restStart);
      }
      previous = unit;
      continue;
    }

    const { label, raw, column, textPart } = labelOf(unit);

    if (!section) {
      if (label && label.kind !== "dash") {
        warn(
          unit.start,
          RULES.itemBeforeKeyword,
          `Item "${label.canonical}" stands before any keyword line; put the keyword (such as *recalling*) above it.`,
        );
        addExtra(unit, false);
      } else {
        frontUnits.push(unit);
        target = { type: "front" };
      }
      previous = unit;
      continue;
    }

    if (label) {
      const placement = placeLabel(label, unit, false);
      if (placement) addItem(unit, label, raw, column, textPart, placement);
      previous = unit;
      continue;
    }

    // A paragraph without a label.
    const root = section.root;
    const containing = containingLevel(unit);
    if (containing >= 0) {
      extend((path[containing] as Level).last as ItemDraft, unit, unit.text);
      path = path.slice(0, containing + 1);
      target = { type: "item", item: (path[containing] as Level).last as ItemDraft };
    } else if (looksLikeKeyword(unit, singleLine)) {
      const words = cleanKeyword(unit.text);
      warn(
        unit.spanStart,
        RULES.unknownKeyword,
        `"${words}" looks like a keyword line but is not a known keyword; use a known one (see the README), or make it part of an item.`,
      );
      const kind = operativeSeen ? "operative" : "preambular";
      openSection(
        { keyword: words, family: slug(words), kind, addressee: "", knownAddressee: false },
        unit,
        unit.end,
      );
    } else if (root.kind === null || (root.kind === "none" && path.length === 1)) {
      addItem(unit, null, null, column, unit.text, { level: 0, kind: "none" });
    } else {
      warn(
        unit.start,
        RULES.orphanText,
        "This paragraph has no label and belongs to no item; give it a label, join it to the item above, or move it after the operative part.",
      );
      addExtra(unit, false);
    }
    previous = unit;
  }

  function handleContinuation(unit: Unit): void {
    const section = current();
    const clauseEnded = previous !== null && (/[;:,.]$/.test(previous.text) || target?.type === "keyword");
    if (clauseEnded && target?.type !== "extra") {
      const match = matchKeyword(unit.text);
      const wholeLine =
        match &&
        (match.kind === "preambular" ||
          match.addressee === "" ||
          (match.knownAddressee && !/[.;]$/.test(unit.text)));
      if (match && wholeLine) {
        openSection(match, unit, unit.end);
        return;
      }
      const label = section ? readLabel(unit.text) : null;
      if (label && plausibleOnContinuation(label, unit)) {
        const { raw, column, textPart } = labelOf(unit);
        const placement = placeLabel(label, unit, false);
        if (placement) {
          addItem(unit, label, raw, column, textPart, placement);
          return;
        }
      }
    }
    switch (target?.type) {
      case "item":
        extend(target.item, unit, unit.text);
        break;
      case "keyword": {
        const draft = target.section;
        const joined = `${draft.keyword} ${collapse(unit.text)}`;
        const match = draft.open && !/[.;]$/.test(unit.text) ? matchKeyword(joined) : null;
        if (match) {
          draft.keyword = match.keyword;
          draft.family = match.family;
          draft.keywordEnd = unit.end;
          draft.end = Math.max(draft.end, unit.end);
          draft.open = !/[,:]\s*$/.test(unit.text);
        } else
          addItem(unit, null, null, pointAt(source, unit.start).column, unit.text, {
            level: 0,
            kind: "none",
          });
        break;
      }
      case "extra":
        addExtra(unit, true);
        break;
      case "front":
        frontUnits.push(unit);
        break;
      default:
        addExtra(unit, false);
    }
  }

  const toItem = (draft: ItemDraft): Item => {
    const subitems = draft.children ? draft.children.items.map(toItem) : [];
    const end = Math.max(draft.end, ...subitems.map((item) => item.span.end.offset));
    const span = spanOf(source, draft.start, end);
    return {
      label: draft.label,
      labelRaw: draft.labelRaw,
      ordinal: draft.ordinal,
      text: collapse(draft.parts.join(" ")),
      subitems,
      line: draft.line,
      column: draft.column,
      endLine: span.end.line,
      span,
      source: text.slice(draft.start, end),
    };
  };

  const finished: Section[] = sections.map((draft) => {
    const items = draft.root.items.map(toItem);
    const end = Math.max(draft.end, draft.keywordEnd, ...items.map((item) => item.span.end.offset));
    const start = pointAt(source, draft.start);
    return {
      keyword: draft.keyword,
      family: draft.family,
      kind: draft.kind,
      line: start.line,
      column: start.column,
      span: { start, end: pointAt(source, end) },
      items,
      keywordSource: text.slice(draft.start, draft.keywordEnd),
    };
  });

  return {
    sections: finished,
    extras: extras.map((extra) => toExtra(extra, source)),
    frontUnits,
    diagnostics,
  };
}

export function toExtra(
  extra: { after: "front" | number; start: number; end: number; parts: string[] },
  source: SourceText,
): ExtraBlock {
  const span = spanOf(source, extra.start, extra.end);
  return {
    after: extra.after,
    line: span.start.line,
    endLine: span.end.line,
    span,
    source: source.text.slice(extra.start, extra.end),
    text: collapse(extra.parts.join(" ")),
  };
}

/** The lettering kind a level continues with this label, if the label is the next one it expects. */
function endsWithColon(item: ItemDraft): boolean {
  for (let i = item.parts.length - 1; i >= 0; i--) {
    const part = (item.parts[i] as string).trimEnd();
    if (part !== "") return part.endsWith(":");
  }
  return false;
}

function expectedKind(level: Level, label: Label): LabelKind | null {
  const next = (level.lastOrdinal ?? 0) + 1;
  switch (level.kind) {
    case "letter":
      return label.kind === "letter" &&
        (label.ordinal === next || (label.insertion !== null && label.ordinal === next - 1))
        ? "letter"
        : null;
    case "roman":
      if (label.kind === "roman" && label.ordinal === next) return "roman";
      return label.kind === "letter" && label.romanOrdinal === next ? "roman" : null;
    case "number":
      return label.kind === "number" &&
        (label.ordinal === next || (label.insertion !== null && label.ordinal === next - 1))
        ? "number"
        : null;
    case "decimal":
      return label.kind === "decimal" && label.ordinal === next ? "decimal" : null;
    case "dash":
      return label.kind === "dash" ? "dash" : null;
    default:
      return null;
  }
}

/** The kind a level takes this label as, when the label has the level's style (in or out of sequence). */
function sameKind(level: Level, label: Label): LabelKind | null {
  if (level.kind === label.kind) return label.kind;
  if (level.kind === "roman" && label.kind === "letter" && label.romanOrdinal !== null) return "roman";
  if (level.kind === "none") return label.kind;
  return null;
}
