/** The report's style sheet, inline: screen and A4 print. Differences never rely on colour alone. */
export const STYLE = `
:root { --ins: #0b6b2e; --del: #a3141b; --muted: #555; --line: #c8c8c8; --shade: #f3f4f6; --accent: #1d4e89; }
* { box-sizing: border-box; }
body { font: 15px/1.45 "Times New Roman", Times, serif; color: #111; margin: 0 auto; max-width: 1280px; padding: 1.5rem; }
h1, h2, h3, h4 { font-family: Calibri, Arial, Helvetica, sans-serif; line-height: 1.2; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; color: var(--accent); }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
p.meta, .small { color: var(--muted); font-size: .88rem; }
nav ol { columns: 2; font-family: Calibri, Arial, sans-serif; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
th { background: var(--shade); font-family: Calibri, Arial, sans-serif; font-size: .85rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cards { display: flex; flex-wrap: wrap; gap: .5rem; margin: .6rem 0; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 4px; padding: .35rem .7rem; font-family: Calibri, Arial, sans-serif; }
.cards b { font-size: 1.25rem; margin-right: .3rem; }
figure { margin: .5rem 0 1rem; }
figcaption { font-size: .85rem; color: var(--muted); }
.group { border-top: 1px solid var(--line); padding-top: .3rem; break-inside: avoid-page; }
.group table.side td { width: 20%; font-size: .9rem; }
.group .where { display: block; color: var(--muted); font-size: .78rem; font-family: Calibri, Arial, sans-serif; margin-top: .3rem; }
.none { color: var(--muted); font-style: italic; }
.decision { font-family: Calibri, Arial, sans-serif; font-size: .92rem; }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: 3px; padding: 0 .3rem; font: bold .75rem Calibri, Arial, sans-serif; margin-right: .25rem; }
.kind-identical { color: var(--ins); }
.kind-variant { color: #8a4b00; }
.w-variant { text-decoration: underline solid 2px; text-underline-offset: 2px; background: #fff3cd; }
.w-substantive { text-decoration: underline double 2px; }
.w-editorial { text-decoration: underline dotted 2px; }
.w-set-aside { text-decoration: underline dotted 1px #888; text-underline-offset: 3px; }
sup.m { font: bold .65rem Calibri, Arial, sans-serif; color: #8a4b00; }
ins { color: var(--ins); text-decoration: underline; background: #e8f5ec; }
del { color: var(--del); text-decoration: line-through; background: #fbeaea; }
ins::before, del::before { position: absolute; clip-path: inset(50%); white-space: nowrap; width: 1px; height: 1px; overflow: hidden; }
ins::before { content: "[inserted: "; } del::before { content: "[deleted: "; }
ins::after, del::after { position: absolute; clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; content: "]"; }
.doc p { margin: .35rem 0; }
.doc .mark { display: inline-block; min-width: 2.8rem; font: bold .75rem Calibri, Arial, sans-serif; color: var(--accent); }
.doc .heading { font-weight: bold; text-align: center; }
.doc .title { font-weight: bold; text-align: center; }
.doc .keyword { font-style: italic; margin-top: .8rem; }
.doc .subitem { margin-left: 3.5rem; }
.doc .item { padding-left: 3rem; text-indent: -3rem; }
.doc .item .mark, .doc .subitem .mark { text-indent: 0; }
.doc .note { display: block; margin: .15rem 0 .3rem 3rem; padding: .15rem .4rem; border-left: 3px solid #8a4b00; font: .82rem Calibri, Arial, sans-serif; background: #fff8e6; text-indent: 0; }
.doc .reasons { margin-top: 1rem; }
.legend { font-size: .85rem; font-family: Calibri, Arial, sans-serif; }
.legend span { margin-right: 1rem; }
.filters { font-family: Calibri, Arial, sans-serif; font-size: .9rem; margin: .4rem 0; }
.filters label { margin-right: .8rem; }
.part { break-before: page; }
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  body { font-size: 10pt; max-width: none; padding: 0; }
  nav, .filters { display: none; }
  .part { break-before: page; }
  h2 { margin-top: 0; }
  .group table.side td { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, .doc p { break-inside: avoid; }
  ins, del, .w-variant { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** Filtering by kind and decision: an addition for readers with JavaScript; the page is whole without it. */
export const SCRIPT = `
(function () {
  var box = document.getElementById("filters");
  if (!box) return;
  box.hidden = false;
  var inputs = box.querySelectorAll("input");
  function apply() {
    var on = {};
    for (var i = 0; i < inputs.length; i++) on[inputs[i].value] = inputs[i].checked;
    var groups = document.querySelectorAll("section.group[data-filter]");
    for (var j = 0; j < groups.length; j++) {
      var keys = groups[j].getAttribute("data-filter").split(" ");
      var show = true;
      for (var k = 0; k < keys.length; k++) if (on[keys[k]] === false) show = false;
      groups[j].hidden = !show;
    }
  }
  for (var i = 0; i < inputs.length; i++) inputs[i].addEventListener("change", apply);
})();
`;
