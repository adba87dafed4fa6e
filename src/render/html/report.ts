/**
 * The meeting report as one self-contained HTML file: inline style, no network, readable without
 * JavaScript (a small script only adds filters), A4 print with a page break between parts. Built as
 * hast trees and serialized by hast-util-to-html, so every text of the documents is escaped.
 *
 * The page is not one tree: for 4 x 4,000 items it is 11 MB, and its tree took hundreds of megabytes.
 * Each group, paragraph and part is built and serialized on its own, inside the start and end tags of
 * its parent (`around`), so that only one small tree lives at a time; the bytes are the same as the
 * whole tree's serialization.
 */
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { h, s } from "hastscript";
import { ROLES, type Role, SECTOR_ROLES } from "../../model.js";
import type {
  ReportDifference,
  ReportDocument,
  ReportGroup,
  ReportModel,
  ReportWording,
  Token,
} from "../report/model.js";
import { ROLE_NAMES } from "../report/model.js";
import type { RevisionParagraph, Run } from "../report/revision.js";
import { around, lazy, type Serialized, seq } from "./serialize.js";
import { SCRIPT, STYLE } from "./style.js";

const fmt = (n: number) => n.toLocaleString("en-US");
/** A percentage, with the same minus sign (U+2212) as `signed`. */
const pct = (n: number) => (n < 0 ? `−${(-n).toFixed(1)}%` : `${n.toFixed(1)}%`);
const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : "0");

function tokens(list: Iterable<Token>): ElementContent[] {
  const out: ElementContent[] = [];
  for (const t of list) {
    if (t.space) out.push({ type: "text", value: t.space });
    if (t.differs === "no") {
      out.push({ type: "text", value: t.text });
    } else if (t.differs === "set-aside") {
      out.push(
        h(
          "span.w-set-aside",
          { title: "differs only in what comparison sets aside (names, revisions, case)" },
          t.text,
        ),
      );
    } else {
      const cls = t.class ? `w-variant w-${t.class}` : "w-variant";
      const label = t.class ? `${t.class} difference` : "difference, not classified";
      out.push(h("span", { className: cls.split(" "), title: label }, t.text));
      out.push(
        h(
          "sup.m",
          { "aria-label": label },
          t.class === "substantive" ? "S" : t.class === "editorial" ? "E" : "?",
        ),
      );
    }
  }
  return out;
}

function wordingCell(w: ReportWording | null, empty: string): Element {
  if (!w) return h("td", [h("span.none", empty)]);
  return h("td", [
    ...tokens(w.tokens),
    h("span.where", `${w.file}${w.line ? `:${w.line}` : ""} · ${w.keyword}${w.label ? ` ${w.label}` : ""}`),
  ]);
}

function differenceItem(d: ReportDifference): Element {
  const readings = SECTOR_ROLES.map(
    (r) => `${r}: ${d.readings[r] === "" ? "∅" : (d.readings[r] ?? "∅")}`,
  ).join(" | ");
  return h("li", [
    `…${d.before} `,
    h("b", `[${readings}]`),
    ` ${d.after}… `,
    h("span.small", d.class ? `(${d.class})` : "(not classified)"),
  ]);
}

function kindBadge(g: ReportGroup): Element {
  const cls = g.kind === "variant" ? (g.classification.variant ?? "not classified") : null;
  return h(`span.badge.kind-${g.kind}`, cls ? `${g.kind}: ${cls}` : g.kind);
}

function groupSection(g: ReportGroup, partial: boolean): Element {
  const columns: { head: string; cell: Element }[] = [];
  if (!partial) {
    columns.push({ head: "Resolution 140 now", cell: wordingCell(g.current, "not in Resolution 140") });
  }
  for (const role of SECTOR_ROLES) {
    const m = g.members.find((x) => x.role === role);
    if (partial && !m) continue;
    columns.push({ head: role, cell: wordingCell(m ?? null, "—") });
  }
  if (!partial) {
    columns.push({ head: "Resolution 140 proposed", cell: wordingCell(g.proposed, "unchanged: not moved") });
  }
  const filter = partial ? "two-sectors" : `${g.kind} ${g.action}`;
  return h("section.group", { id: g.id.toLowerCase(), dataFilter: filter }, [
    h("h3", [`${g.id} `, kindBadge(g), ` ${g.family} · score ${g.score.toFixed(3)}`]),
    h("p.decision", [h("b", g.decision), `: ${g.why}`]),
    h("table.side", [
      h(
        "thead",
        h(
          "tr",
          columns.map((c) => h("th", { scope: "col" }, c.head)),
        ),
      ),
      h(
        "tbody",
        h(
          "tr",
          columns.map((c) => c.cell),
        ),
      ),
    ]),
    g.differences.length > 0
      ? h("div", [
          h("p.small", "Word differences (as compared, Sector names as placeholders):"),
          h("ul", g.differences.map(differenceItem)),
        ])
      : h("p.small", "No word differences once comparison has set aside names, revisions and formatting."),
    h("p.small", `Normalization rules that fired: ${g.rules.length > 0 ? g.rules.join(", ") : "none"}.`),
  ]);
}

function chart(model: ReportModel): Element {
  const docs = model.summary.documents;
  const max = Math.max(1, ...docs.flatMap((d) => [d.wordsBefore, d.wordsAfter]));
  const rowH = 46;
  const left = 120;
  const width = 640;
  const barW = width - left - 90;
  const height = docs.length * rowH + 30;
  const rows: Element[] = [];
  docs.forEach((d, i) => {
    const y = 10 + i * rowH;
    const wb = Math.max(1, Math.round((barW * d.wordsBefore) / max));
    const wa = Math.max(1, Math.round((barW * d.wordsAfter) / max));
    rows.push(
      s("text", { x: left - 8, y: y + 18, textAnchor: "end", fontSize: 13 }, ROLE_NAMES[d.role]),
      s("rect", { x: left, y: y + 2, width: wb, height: 16, fill: "#9aa5b1" }),
      s("text", { x: left + wb + 6, y: y + 15, fontSize: 12 }, `${fmt(d.wordsBefore)} before`),
      s("rect", { x: left, y: y + 20, width: wa, height: 16, fill: "#1d4e89" }),
      s("text", { x: left + wa + 6, y: y + 33, fontSize: 12 }, `${fmt(d.wordsAfter)} after`),
    );
  });
  return h("figure", [
    s(
      "svg",
      {
        viewBox: `0 0 ${width} ${height}`,
        width,
        height,
        role: "img",
        ariaLabelledBy: "chart-title",
        fontFamily: "Calibri, Arial, sans-serif",
      },
      [s("title", { id: "chart-title" }, "Words before and after, per document"), ...rows],
    ),
    h("figcaption", "Words before (grey, upper bar) and after (blue, lower bar), per document."),
  ]);
}

function summary(model: ReportModel): Element[] {
  const sum = model.summary;
  return [
    h("h2", { id: "summary" }, "Summary"),
    h("table", [
      h(
        "thead",
        h("tr", [
          h("th", { scope: "col" }, "Document"),
          h("th", { scope: "col" }, "Input"),
          h("th.num", { scope: "col" }, "Items before"),
          h("th.num", { scope: "col" }, "Items after"),
          h("th.num", { scope: "col" }, "Words before"),
          h("th.num", { scope: "col" }, "Words after"),
          h("th.num", { scope: "col" }, "Words saved"),
          h("th.num", { scope: "col" }, "Share saved"),
        ]),
      ),
      h(
        "tbody",
        sum.documents.map((d) =>
          h("tr", [
            h("th", { scope: "row" }, ROLE_NAMES[d.role]),
            h("td", d.file),
            h("td.num", fmt(d.itemsBefore)),
            h("td.num", fmt(d.itemsAfter)),
            h("td.num", fmt(d.wordsBefore)),
            h("td.num", fmt(d.wordsAfter)),
            h("td.num", signed(d.wordsSaved)),
            h("td.num", pct(d.percentSaved)),
          ]),
        ),
      ),
      h(
        "tfoot",
        h("tr", [
          h("th", { scope: "row" }, "The three Sectors"),
          h("td", ""),
          h("td.num", ""),
          h("td.num", ""),
          h("td.num", fmt(sum.sectors.wordsBefore)),
          h("td.num", fmt(sum.sectors.wordsAfter)),
          h("td.num", signed(sum.sectors.wordsSaved)),
          h("td.num", pct(sum.sectors.percentSaved)),
        ]),
      ),
    ]),
    h("p", `Net over all four texts: ${fmt(sum.netWordsSaved)} words saved.`),
    h("h3", "Groups"),
    h("ul.cards", { id: "counts" }, [
      h("li", [h("b", String(model.groups.length)), "common to the three Sectors"]),
      ...model.counts.map((c) => h("li", { dataKind: c.kind }, [h("b", String(c.count)), c.label])),
      h("li", [h("b", String(sum.groups.moved)), "added to Resolution 140"]),
      h("li", [h("b", String(sum.groups.alreadyInResolution140)), "already in Resolution 140"]),
      h("li", [h("b", String(sum.review)), "wordings flagged for review"]),
    ]),
    chart(model),
  ];
}

function run(r: Run): ElementContent {
  let node: ElementContent = { type: "text", value: r.text };
  if (r.superscript) node = h("sup", [node]);
  if (r.bold) node = h("b", [node]);
  if (r.italic) node = h("i", [node]);
  if (r.kind === "ins") node = h("ins", [node]);
  if (r.kind === "del") node = h("del", [node]);
  return node;
}

function paragraph(p: RevisionParagraph): Element {
  const children: ElementContent[] = [];
  if (p.mark) children.push(h("span.mark", p.mark));
  for (const r of p.runs) {
    if (r.text.includes("\t")) {
      const parts = r.text.split("\t");
      parts.forEach((part, k) => {
        if (k > 0) children.push(run({ ...r, text: "\u2003" }));
        if (part) children.push(run({ ...r, text: part }));
      });
    } else children.push(run(r));
  }
  for (const c of p.comments) children.push(h("span.note", [h("b", "Review: "), c]));
  return h(`p.${p.role}`, children);
}

function documentPart(doc: ReportDocument, index: number): Serialized {
  const rev = doc.revision;
  return around(h("section.part", { id: `doc-${doc.role.toLowerCase()}` }), [
    h(
      "h2",
      doc.role === "pp"
        ? `${index}. Resolution 140 as proposed, with revision marks`
        : `${index}. ${doc.name} shortened (${doc.role}), with revision marks`,
    ),
    h("p.meta", `From ${doc.input}; clean text in ${doc.output}. Proposal unit: ${rev.unitMark}.`),
    around(
      h("div.doc"),
      seq(
        lazy(rev.paragraphs, paragraph),
        rev.reasons ? [h("p.reasons", [h("i", "Reasons:"), ` ${rev.reasons}`])] : [],
      ),
    ),
  ]);
}

/** What the marks on the words of a group mean. */
const LEGEND = h("p.legend", [
  h("span", [
    h("span.w-variant", "word"),
    h("sup.m", "?"),
    " a word difference (",
    h("sup.m", "S"),
    " substantive, ",
    h("sup.m", "E"),
    " editorial, ",
    h("sup.m", "?"),
    " not classified)",
  ]),
  h("span", [h("span.w-set-aside", "word"), " differs only in what comparison sets aside"]),
  h("span", [h("ins", "inserted"), " ", h("del", "deleted")]),
]);

/** The group kinds and decisions a reader can show or hide (a progressive script; all shown without it). */
const FILTER_KEYS = [
  ["identical", "identical"],
  ["variant", "variants"],
  ["add", "added"],
  ["noc", "already there"],
  ["kept-variant", "kept for the drafters"],
  ["kept-narrower", "fewer addressees in Resolution 140"],
  ["recalling", "recalling"],
  ["two-sectors", "two Sectors"],
];

function pageHeader(model: ReportModel): Element {
  const files = ROLES.map((r: Role) => `${ROLE_NAMES[r]}: ${model.files[r]}`).join(" · ");
  return h("header", [
    h("h1", model.title),
    h(
      "p.meta",
      `Meeting report of ${model.date}. Resolution 140 is proposed as ${model.revision}${model.includeVariants ? "; variant groups moved (--include-variants)" : ""}.`,
    ),
    h("p.meta", files),
  ]);
}

function contents(model: ReportModel): Element {
  return h("nav", { ariaLabel: "Contents" }, [
    h("ol", [
      h("li", h("a", { href: "#summary" }, "Summary")),
      h("li", h("a", { href: "#common" }, `Common groups (${model.groups.length})`)),
      h("li", h("a", { href: "#two-sectors" }, `Two-Sector groups (${model.partial.length})`)),
      h("li", h("a", { href: "#review" }, `Review notes (${model.review.length})`)),
      h("li", h("a", { href: "#labels" }, "Old and new labels")),
      ...model.documents.map((d) =>
        h(
          "li",
          h(
            "a",
            { href: `#doc-${d.role.toLowerCase()}` },
            d.role === "pp" ? "Resolution 140 as proposed" : `${d.role} shortened`,
          ),
        ),
      ),
    ]),
  ]);
}

function commonGroupsPart(model: ReportModel): Serialized {
  const intro = [
    h("h2", `Common groups: ${model.groups.length}`),
    h(
      "p",
      "Each group side by side: Resolution 140 as it is, the three Sector wordings, and Resolution 140 as proposed, each with its file and line.",
    ),
    LEGEND,
    h("div.filters", { id: "filters", hidden: true }, [
      "Show: ",
      ...FILTER_KEYS.map(([key, label]) =>
        h("label", [h("input", { type: "checkbox", value: key, checked: true }), ` ${label}`]),
      ),
    ]),
  ];
  return around(
    h("section.part", { id: "common" }),
    seq(
      intro,
      lazy(model.groups, (g) => groupSection(g, false)),
    ),
  );
}

function twoSectorPart(model: ReportModel): Serialized {
  const intro = [
    h("h2", `Groups in two Sectors only: ${model.partial.length}`),
    h(
      "p",
      "Shared by two Sectors, not by the third: not common text, so nothing moves. Listed for the drafters.",
    ),
  ];
  return around(
    h("section.part", { id: "two-sectors" }),
    seq(
      intro,
      model.partial.length > 0 ? lazy(model.partial, (g) => groupSection(g, true)) : [h("p.none", "None.")],
    ),
  );
}

function reviewPart(model: ReportModel): Element {
  return h("section.part", { id: "review" }, [
    h("h2", `Review notes: ${model.review.length}`),
    model.review.length > 0
      ? h("table", [
          h(
            "thead",
            h(
              "tr",
              ["Document", "Where", "Mark", "Note"].map((x) => h("th", { scope: "col" }, x)),
            ),
          ),
          h(
            "tbody",
            model.review.map((r) =>
              h("tr", [
                h("td", ROLE_NAMES[r.role]),
                h(
                  "td",
                  `${r.keyword}${r.label ? ` ${r.label}` : ""} (${r.file}${r.line ? `:${r.line}` : ""})`,
                ),
                h("td", r.mark),
                h("td", r.notes.join("; ")),
              ]),
            ),
          ),
        ])
      : h("p.none", "None."),
    ...(model.warnings.length > 0
      ? [
          h("h3", "Warnings"),
          h(
            "ul",
            model.warnings.map((w) => h("li", w)),
          ),
        ]
      : []),
  ]);
}

function labelsPart(model: ReportModel): Element {
  return h("section.part", { id: "labels" }, [
    h("h2", "Old and new labels in each Sector text"),
    ...model.labels.flatMap((l) => [
      h("h3", `${l.role}: ${l.name}`),
      h("table", [
        h(
          "thead",
          h(
            "tr",
            ["Keyword", "Old label", "New label", "Mark", "What happened"].map((x) =>
              h("th", { scope: "col" }, x),
            ),
          ),
        ),
        h(
          "tbody",
          l.rows.map((r) =>
            h("tr", [
              h("td", [h("i", r.keyword)]),
              h("td", r.from ?? "—"),
              h("td", r.to ?? "—"),
              h("td", r.mark),
              h("td", r.fate),
            ]),
          ),
        ),
      ]),
    ]),
  ]);
}

/** The whole report as one self-contained HTML page: inline style, no network, readable without script. */
export function renderHtmlReport(model: ReportModel): string {
  const head = h("head", [
    h("meta", { charset: "utf-8" }),
    h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
    h("meta", { name: "generator", content: "wsis-consolidate" }),
    h("title", `${model.title}: meeting report, ${model.date}`),
    h("style", STYLE),
  ]);
  const body = around(h("body"), [
    pageHeader(model),
    contents(model),
    around(h("main"), [
      h("section", summary(model)),
      commonGroupsPart(model),
      twoSectorPart(model),
      reviewPart(model),
      labelsPart(model),
      ...model.documents.map((d, i) => documentPart(d, i + 1)),
    ]),
    h("script", SCRIPT),
  ]);
  const page = around(h("html", { lang: "en" }), [head, body]);
  return `${toHtml({ type: "root", children: [{ type: "doctype" }] })}${page.html}\n`;
}
