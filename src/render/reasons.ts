/**
 * The *Reasons* that close a proposal, in plain words for the meeting that reads it: why Resolution 140
 * grows, and why each Sector resolution is shortened. What the drafters should check (review notes)
 * stays in the comments, not here.
 */
import { ADOPTED_BY, citeDocument, citeWithBody } from "../domain/citations.js";
import { SECTOR_ROLES } from "../model.js";
import type { ConsolidationPlan, PlannedDocument, PlannedItem } from "../plan/types.js";

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "one provision", "six provisions", "11 provisions". */
function count(n: number, noun: string): string {
  return `${WORDS[n] ?? String(n)} ${noun}${n === 1 ? "" : "s"}`;
}

/** "a, b and c" (the parts may have commas of their own). */
const list = (parts: readonly string[]) =>
  parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;

const itemsOf = (planned: PlannedDocument): PlannedItem[] => planned.sections.flatMap((s) => s.items);

/** The *Reasons* that close a proposal, or null for a text the plan leaves as it is. */
export function reasonsFor(planned: PlannedDocument, plan: ConsolidationPlan): string | null {
  if (!itemsOf(planned).some((i) => i.mark !== "NOC")) return null;
  return planned.role === "pp" ? resolution140Reasons(planned, plan) : sectorReasons(planned, plan);
}

function resolution140Reasons(planned: PlannedDocument, plan: ConsolidationPlan): string {
  const added = itemsOf(planned).filter((i) => i.mark === "ADD" && i.sources.length > 0).length;
  const invites = itemsOf(planned).some((i) => i.mark === "ADD" && i.invitation);
  const already = plan.decisions.filter((d) => d.action === "noc").length;
  const sectors = list(SECTOR_ROLES.map((r) => citeWithBody(plan.sectors[r].input)));
  const parts = [
    `${sectors} repeat many of the same provisions on WSIS and the Sustainable Development Goals.`,
    `This proposal states the provisions common to the three Sectors once, in Resolution 140, in wording that applies to all three: ${count(added, "provision")} ${added === 1 ? "is" : "are"} added` +
      (already > 0
        ? `, and ${count(already, "provision")} that Resolution 140 already contains ${already === 1 ? "is" : "are"} not repeated.`
        : "."),
    "Each Sector resolution then needs only to recall Resolution 140 and keep what is specific to its Sector.",
  ];
  if (invites) {
    parts.push(
      `${list(SECTOR_ROLES.map((r) => ADOPTED_BY[r]))} are invited to review their resolutions accordingly.`.replace(
        /^the/,
        "The",
      ),
    );
  }
  return `*Reasons:* ${parts.join(" ")}`;
}

function sectorReasons(planned: PlannedDocument, plan: ConsolidationPlan): string {
  const items = itemsOf(planned);
  const kinds = { moved: 0, matched: 0, recalled: 0 };
  for (const i of items) {
    if (i.placement === null || i.mark !== "SUP") continue;
    const p = plan.placements[i.placement];
    if (p && p.to.kind !== "kept") kinds[p.to.kind]++;
  }
  const suppressed = items.filter((i) => i.mark === "SUP").length;
  const are = (n: number) => (n === 1 ? "is" : "are");
  const kindsOf: [number, string, string][] = [
    [kinds.moved, "moved to Resolution 140", "moved to Resolution 140"],
    [kinds.matched, "already in Resolution 140", "that Resolution 140 already contains"],
    [
      kinds.recalled,
      "replaced by the provision recalling Resolution 140",
      "replaced by the provision recalling it",
    ],
  ];
  const parts = kindsOf.filter(([n]) => n > 0);
  // "six provisions are moved to Resolution 140", or "11 provisions are suppressed (six are ...)".
  const only = parts.length === 1 && parts[0]?.[0] === suppressed ? parts[0] : null;
  const gone = !only
    ? `${count(suppressed, "provision")} ${are(suppressed)} suppressed` +
      (parts.length > 0 ? ` (${list(parts.map(([n, what]) => `${WORDS[n] ?? n} ${are(n)} ${what}`))})` : "")
    : only[1] === kindsOf[1]?.[1]
      ? `${count(suppressed, "provision")} ${only[2]} ${are(suppressed)} suppressed`
      : `${count(suppressed, "provision")} ${are(suppressed)} ${only[1]}`;
  const recalling = items.find((i) => i.recalling && i.mark !== "SUP");
  const recalls =
    recalling?.mark === "ADD"
      ? "a new provision recalls Resolution 140 and the provisions common to the three Sectors"
      : recalling?.wording
        ? "the provision recalling Resolution 140 now refers to the provisions common to the three Sectors"
        : recalling && (recalling.citationChanges ?? []).length > 0
          ? `the provision recalling Resolution 140 now cites it as revised (${plan.revision})`
          : "";
  const relabelled = items.some((i) => i.mark !== "SUP" && i.origin !== null && i.oldLabel !== i.label);
  // Resolution 140 is revised when it gains provisions; else it states them already.
  const revised = plan.pp.sections.some((s) => s.items.some((i) => i.mark === "ADD"));
  const common =
    "The provisions on WSIS and the Sustainable Development Goals that are common to the three Sectors";
  const sentences = [
    revised
      ? `${common} are proposed to be stated once, in Resolution 140 (${plan.revision}) of the Plenipotentiary Conference.`
      : `${common} are stated in Resolution 140 (${plan.revision}) of the Plenipotentiary Conference.`,
    `The revision of ${citeDocument(planned.input)} no longer repeats them: ${gone}${recalls ? `, and ${recalls}.` : "."}`,
  ];
  if (relabelled) sentences.push("The remaining provisions are re-lettered and renumbered accordingly.");
  return `*Reasons:* ${sentences.join(" ")}`;
}
