/**
 * Addressees (docs/domain.md "Which items can be the same provision"): the keyword line of an operative
 * item is part of its meaning. "invites Member States" and "invites Member States and Sector Members"
 * address different parties, so a Resolution 140 item links a Sector group as "already said" only when
 * its addressee covers every member's; otherwise the link is *narrower* and names what is missing.
 *
 * An addressee is read from the keyword: the words after the verb up to the first comma (a tail such as
 * ", in collaboration with the Directors of the other two Bureaux," belongs to every item of the group
 * and is not a party), split at "and" and commas into parties. Each party is known by its addressee
 * family in the keyword data (every "Director of the X Bureau" and "the Directors of the three Bureaux"
 * is `director`), else by its own words.
 */
import { ADDRESSEES } from "../domain/keywords.js";
import { matchKeyword } from "../parse/keywords.js";

export interface Party {
  /** What compares: the addressee family ("member-states"), or the lower-cased words. */
  id: string;
  /** As written ("Sector Members"). */
  text: string;
}

export interface Addressee {
  /** The addressee as written, without its tail ("Member States and Sector Members"), or "". */
  text: string;
  parties: Party[];
  /** The tail as written (", in collaboration with the Directors of the other two Bureaux"), or "". */
  tail: string;
}

const prefixes = ADDRESSEES.flatMap((entry) =>
  entry.prefixes.map((prefix) => ({ prefix, family: entry.family })),
).sort((a, b) => b.prefix.length - a.prefix.length);

const cache = new Map<string, Addressee>();

/** The addressee of a keyword line ("invites Member States and Sector Members"); no parties for "resolves". */
export function addresseeOf(keyword: string): Addressee {
  let found = cache.get(keyword);
  if (!found) {
    found = readAddressee(matchKeyword(keyword)?.addressee ?? "");
    cache.set(keyword, found);
  }
  return found;
}

/** A comma followed by one of these words opens the addressee's tail ("..., in collaboration with ..."). */
const TAIL_WORDS = new Set(
  "in with within as taking through by for on from under where when while including inter to according".split(
    " ",
  ),
);

function readAddressee(written: string): Addressee {
  // The addressee runs to ";", ":", "(" or a comma that opens a tail; other commas separate parties.
  const head = written.split(/[;:(]/)[0] ?? "";
  const pieces = head.split(",");
  let end = 1;
  while (
    end < pieces.length &&
    !TAIL_WORDS.has((pieces[end] as string).trim().split(/\s+/)[0]?.toLowerCase() ?? "")
  )
    end++;
  const text = pieces.slice(0, end).join(",").trim();
  const tail = written.slice(text.length).replace(/^[\s,]+|[\s,;:]+$/g, "");
  const parties: Party[] = [];
  for (const part of text.split(/\s*,\s*|\s+and\s+/)) {
    const words = part.trim();
    if (words === "") continue;
    const lower = words.toLowerCase().replace(/\s+/g, " ");
    const known = prefixes.find(({ prefix }) => lower === prefix || lower.startsWith(`${prefix} `));
    const id = known ? known.family : lower.replace(/^the /, "");
    if (!parties.some((p) => p.id === id)) parties.push({ id, text: words });
  }
  return { text, parties, tail };
}

/** The parties of `sector` that `pp` does not address (none when `pp` covers it). */
export function missingParties(pp: Addressee, sector: Addressee): Party[] {
  return sector.parties.filter((party) => !pp.parties.some((p) => p.id === party.id));
}

/** Whether two addressees name the same parties (in any order) with the same tail. */
export function sameAddressee(a: Addressee, b: Addressee): boolean {
  return (
    a.parties.length === b.parties.length &&
    a.parties.every((p) => b.parties.some((q) => q.id === p.id)) &&
    tailKey(a) === tailKey(b)
  );
}

/** What compares of an addressee: its parties (sorted) and its tail (lower-case, spacing collapsed). */
export function addresseeKey(a: Addressee): string {
  return `${a.parties
    .map((p) => p.id)
    .sort()
    .join("+")}|${tailKey(a)}`;
}

function tailKey(a: Addressee): string {
  return a.tail.toLowerCase().replace(/\s+/g, " ");
}

/** The addressee as the drafters read it: its parties, and its tail when it has one. */
export function addresseeText(a: Addressee): string {
  return a.tail === "" ? a.text : `${a.text}, ${a.tail}`;
}

/**
 * What a narrower link leaves out, in a sentence for the drafters: "Resolution 140 invites Member
 * States only; the Sectors also invite Sector Members".
 */
export function narrowerNote(
  keyword: string,
  pp: Addressee,
  missing: readonly Party[],
  sectors: readonly string[] = [],
): string {
  const verb = keyword.slice(0, Math.max(0, keyword.length - pp.text.length)).trim() || keyword;
  const infinitive = /\bto (.+)$/.exec(verb)?.[1];
  const base =
    infinitive ??
    verb.replace(/\b(\w+?)(?:es|s)\b(?=\s|$)/, (word, stem: string) =>
      /(?:ss|sh|ch|x|z)$/.test(stem) ? stem : word.endsWith("es") ? `${stem}e` : stem,
    );
  const names = joinList(missing.map((p) => p.text));
  const whom = pp.text === "" ? "" : ` ${pp.text} only`;
  // One Sector: "ITU-T also invites Sector Members"; more: "ITU-R and ITU-T also invite ...".
  const who = sectors.length === 0 || sectors.length === 3 ? "the Sectors" : joinList(sectors);
  const conjugated =
    sectors.length === 1 ? (/\bto (.+)$/.test(verb) ? verb.replace(/^\S+/, "resolves") : verb) : base;
  return `Resolution 140 ${verb}${whom}; ${who} also ${sectors.length === 1 ? conjugated : base} ${names}`;
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
