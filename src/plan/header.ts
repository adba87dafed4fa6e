/**
 * The heading part of a resolution: Resolution 140 cites itself as the coming revision in its heading
 * ("RESOLUTION 140 (REV. BUCHAREST, 2022)"), its preamble ("(Bucharest, 2022),") and front matter.
 * The parser recorded where each of these stands (`Resolution.spans`); nothing is searched again here.
 */
import { revisionPlaceYear } from "../domain/citations.js";
import type { Resolution, Span } from "../model.js";
import type { HeaderChange } from "./types.js";

/** Resolution 140 cites itself as the coming revision: front matter, heading and preamble. */
export function headerChanges(pp: Resolution, revision: string): HeaderChange[] {
  const changes: HeaderChange[] = [];
  const change = (part: HeaderChange["part"], span: Span, to: (from: string) => string) => {
    const from = pp.source.slice(span.start.offset, span.end.offset);
    const next = to(from);
    if (from !== next) {
      changes.push({
        part,
        line: span.start.line,
        start: span.start.offset,
        end: span.end.offset,
        from,
        to: next,
      });
    }
  };
  const { frontMatterRevision, headingRevision, preambleMeeting } = pp.spans;
  if (frontMatterRevision) change("front-matter", frontMatterRevision, () => revision);
  // An all-capitals heading ("REV. DUBAI, 2018") gets the revision in capitals too.
  if (headingRevision)
    change("heading", headingRevision, (from) =>
      from === from.toUpperCase() ? revision.toUpperCase() : revision,
    );
  const meeting = revisionPlaceYear(revision);
  if (meeting && preambleMeeting)
    change("preamble", preambleMeeting, () => `${meeting.place}, ${meeting.year}`);
  return changes;
}

/** The offset of the start of the heading line ("RESOLUTION 75 (REV. GENEVA, 2022)"), or null. */
export function headingOffset(doc: Resolution): number | null {
  const start = doc.spans.heading?.start;
  return start ? start.offset - (start.column - 1) : null;
}
