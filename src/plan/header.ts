/**
 * The heading part of each proposal (docs/domain.md "Consolidation is four proposals"). Resolution 140
 * cites itself as its coming revision in its heading ("RESOLUTION 140 (REV. [PLACE], [YEAR])"), its
 * preamble ("([Place], [Year]),") and front matter; each shortened Sector text announces the next
 * revision its own assembly or conference gives it (ITU-R 61-2 becomes 61-3, "Rev. Geneva, 2022"
 * becomes "Rev. [Place], [Year]") and names that meeting in its preamble. Only the revision part
 * changes: "REV." stays. A text that already announces the revision (pending, or the one given) is
 * left as it is, so that `propose` run on its own outputs changes no heading.
 *
 * The parser recorded where each part stands (`Resolution.spans`); only the ITU-R suffix and the
 * front matter's `number:` are found here, inside those spans.
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import { isPending, parseRevisionWords, revisionMeeting } from "../domain/citations.js";
import type { Diagnostic, Resolution, Role, Span } from "../model.js";
import type { HeaderChange } from "./types.js";

/** The header changes of one document, and a note when its heading could not say the revision. */
export interface HeaderPlan {
  changes: HeaderChange[];
  diagnostics: Diagnostic[];
}

/** How a document names a meeting: "Bucharest, 2022", "[Place], [Year]". */
const sameMeeting = (a: string, b: string) =>
  a
    .replace(/[\s,]+/g, " ")
    .trim()
    .toLowerCase() ===
  b
    .replace(/[\s,]+/g, " ")
    .trim()
    .toLowerCase();

/** "Rev. Doha, 2026" -> "Doha, 2026"; a meeting ("Geneva, 2027") stays as it is. */
function meetingOf(target: string): string {
  return revisionMeeting(target) ?? target.replace(/^rev\.?\s*/i, "").trim();
}

/**
 * The heading, preamble and front matter of `doc` announcing the revision adopted by `target`: for
 * Resolution 140 the coming revision as cited ("Rev. Doha, 2026"), for a Sector text the meeting of its
 * assembly or conference ("Geneva, 2027", "[Place], [Year]").
 */
export function planHeader(doc: Resolution, role: Role, target: string): HeaderPlan {
  const meeting = meetingOf(target);
  const edits = new HeaderEdits(doc);
  const diagnostics: Diagnostic[] = [];
  const { heading, headingRevision, preambleMeeting, frontMatterRevision } = doc.spans;
  const current = headingRevision ?? preambleMeeting;
  const currentWords = current ? edits.text(current).replace(/^rev\.?\s*/i, "") : null;
  // ITU-R counts its revisions in the heading ("61-2"); its preamble says whether the count is the
  // coming one already (its meeting pending, or the one given).
  const itur = role === "ITU-R" && headingRevision === null;
  const already =
    currentWords !== null &&
    (sameMeeting(currentWords, meeting) || (itur && isPending(currentWords) && isPending(meeting)));
  if (already) {
    diagnostics.push(
      note(
        doc,
        role === "pp"
          ? `the heading already cites the coming revision (${target}); it is left as it is`
          : `the heading and preamble already announce the next revision (${meeting}); they are left as they are`,
      ),
    );
    return { changes: [], diagnostics };
  }
  if (itur && currentWords !== null && isPending(currentWords)) {
    // 61-3 ([Place], [Year]) is already the coming revision: its meeting is now known.
    if (preambleMeeting) edits.replace("preamble", preambleMeeting, meeting);
    return { changes: edits.changes, diagnostics };
  }

  if (headingRevision) {
    const from = edits.text(headingRevision);
    const rev = /^rev\.?\s*/i.exec(from)?.[0] ?? "";
    const words = from === from.toUpperCase() ? meeting.toUpperCase() : meeting;
    const at = {
      ...headingRevision,
      start: { ...headingRevision.start, offset: headingRevision.start.offset + rev.length },
    };
    edits.replace("heading", at, rev ? words : `${from === from.toUpperCase() ? "REV." : "Rev."} ${words}`);
  } else if (heading) {
    if (!edits.headingNumber(heading, role, meeting))
      diagnostics.push(
        note(doc, `no revision found in the heading to update to "${target}"; add it by hand`),
      );
  } else {
    diagnostics.push(note(doc, `no heading found to announce the revision "${target}"; add it by hand`));
  }
  if (preambleMeeting) edits.replace("preamble", preambleMeeting, meeting);
  else if (doc.spans.preamble) edits.meetingInPreamble(doc.spans.preamble, meeting);
  if (frontMatterRevision) edits.frontMatterRevision(frontMatterRevision, role, target, meeting);
  if (role === "ITU-R") edits.frontMatterNumber();
  return { changes: edits.changes, diagnostics };
}

function note(doc: Resolution, message: string): Diagnostic {
  return diagnostic(
    RULES.planHeading,
    doc.file,
    doc.spans.heading ? spanPlace(doc.spans.heading) : null,
    message,
  );
}

const spanPlace = (span: Span) => ({ line: span.start.line, column: span.start.column });

/** The changes of one document's header, as they are found. */
class HeaderEdits {
  readonly changes: HeaderChange[] = [];
  constructor(private readonly doc: Resolution) {}

  text(span: Span): string {
    return this.doc.source.slice(span.start.offset, span.end.offset);
  }

  /** Replaces `source[start, end)`; nothing when the text is already `to`. */
  private change(part: HeaderChange["part"], start: number, end: number, to: string): void {
    const from = this.doc.source.slice(start, end);
    if (from === to) return;
    const line = this.doc.source.slice(0, start).split("\n").length;
    this.changes.push({ part, line, start, end, from, to });
  }

  replace(part: HeaderChange["part"], span: Span, to: string): void {
    this.change(part, span.start.offset, span.end.offset, to);
  }

  /**
   * A heading with no revision in brackets: the ITU-R count goes up ("61-2" -> "61-3", "61" ->
   * "61-1"); another text gains "(REV. ...)" after its number. False when the number is not found.
   */
  headingNumber(heading: Span, role: Role, meeting: string): boolean {
    const text = this.text(heading);
    const m = /resolution\s+(?:itu-[rtd]\s+)?\d+(?:\s*-\s*(\d+))?/i.exec(text);
    if (!m) return false;
    const base = heading.start.offset + m.index;
    if (role === "ITU-R") {
      const suffix = m[1];
      if (suffix === undefined) this.change("heading", base + m[0].length, base + m[0].length, "-1");
      else {
        const at = base + m[0].length - suffix.length;
        this.change("heading", at, at + suffix.length, String(Number(suffix) + 1));
      }
      return true;
    }
    const upper = text === text.toUpperCase();
    const words = upper ? `REV. ${meeting.toUpperCase()}` : `Rev. ${meeting}`;
    this.change("heading", base + m[0].length, base + m[0].length, ` (${words})`);
    return true;
  }

  /** A preamble that names no meeting gains it before its closing comma. */
  meetingInPreamble(preamble: Span, meeting: string): void {
    const text = this.text(preamble);
    const comma = /,\s*$/.exec(text);
    if (!comma) return;
    const at = preamble.start.offset + comma.index;
    this.change("preamble", at, at, ` (${meeting})`);
  }

  /** The front matter's `revision:`: the revision as cited, or the ITU-R count ("-2" -> "-3"). */
  frontMatterRevision(span: Span, role: Role, target: string, meeting: string): void {
    const from = this.text(span);
    const count = /^-?\s*(\d+)$/.exec(from.trim());
    if (count) {
      if (role === "ITU-R") this.replace("front-matter", span, `-${Number(count[1]) + 1}`);
      return;
    }
    const revision = role === "pp" ? target : isPending(meeting) ? "Rev. [Place], [Year]" : `Rev. ${meeting}`;
    this.replace("front-matter", span, revision);
  }

  /** The front matter's ITU-R `number: 61-2` counts the revision too: "61-3". */
  frontMatterNumber(): void {
    const block = this.doc.spans.frontMatter;
    if (!block) return;
    const text = this.text(block);
    const m = /^number:[ \t]*["']?(?:ITU-R[ \t]+)?\d+[ \t]*-[ \t]*(\d+)/im.exec(text);
    if (!m) return;
    const suffix = m[1] as string;
    const at = block.start.offset + m.index + m[0].length - suffix.length;
    this.change("front-matter", at, at + suffix.length, String(Number(suffix) + 1));
  }
}

/**
 * Why `target` cannot be the next revision of `doc`, or null: it is older than the text's own revision
 * (or its preamble's meeting). A pending revision is newer than any.
 */
export function olderRevision(doc: Resolution, target: string): string | null {
  const wanted = parseRevisionWords(meetingOf(target));
  if (wanted.pending || wanted.year === undefined) return null;
  const own = doc.revision?.year !== undefined ? doc.revision : null;
  const preamble = doc.spans.preambleMeeting
    ? parseRevisionWords(
        doc.source.slice(doc.spans.preambleMeeting.start.offset, doc.spans.preambleMeeting.end.offset),
      )
    : null;
  const year = own?.year ?? preamble?.year;
  if (year === undefined || wanted.year >= year) return null;
  const ownText = own ? own.text : `${preamble?.place}, ${year}`;
  return `"${target}" is older than the text's own revision "${ownText}"`;
}

/** The offset of the start of the heading line ("RESOLUTION 75 (REV. GENEVA, 2022)"), or null. */
export function headingOffset(doc: Resolution): number | null {
  const start = doc.spans.heading?.start;
  return start ? start.offset - (start.column - 1) : null;
}
