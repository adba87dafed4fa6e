/**
 * Lines that do not start a block of their own (hard wraps): they carry on whatever the line before
 * started, unless the clause before them ended and they read as a keyword line or the next label.
 */
import { readLabel } from "../labels.js";
import type { Unit } from "../lines.js";
import { pointAt } from "../source.js";
import { addExtra } from "./extras.js";
import { placeLabel, plausibleOnContinuation } from "./item-placement.js";
import { addItem, extendItem, unlabelled } from "./items.js";
import { continueKeyword, openSection, wrappedKeyword } from "./keyword-lines.js";
import { lineLabel } from "./line-label.js";
import { currentSection, type Reading } from "./state.js";

export function readContinuation(reading: Reading, unit: Unit): void {
  if (startsOnWrappedLine(reading, unit)) return;
  const { target } = reading;
  switch (target?.type) {
    case "item":
      extendItem(target.item, unit, unit.text);
      break;
    case "keyword":
      if (!continueKeyword(target.section, unit)) {
        const column = pointAt(reading.source, unit.start).column;
        addItem(reading, unit, unlabelled(column, unit.text), { level: 0, kind: "none" });
      }
      break;
    case "extra":
      addExtra(reading, unit, true);
      break;
    case "front":
      reading.frontUnits.push(unit);
      break;
    default:
      addExtra(reading, unit, false);
  }
}

/** After a clause that ended (";", ":", ",", "." or a keyword line), a wrapped line may open a section or an item. */
function startsOnWrappedLine(reading: Reading, unit: Unit): boolean {
  const { previous, target } = reading;
  const clauseEnded = previous !== null && (/[;:,.]$/.test(previous.text) || target?.type === "keyword");
  if (!clauseEnded || target?.type === "extra") return false;
  const keyword = wrappedKeyword(unit);
  if (keyword) {
    openSection(reading, keyword, unit, unit.end);
    return true;
  }
  const label = currentSection(reading) ? readLabel(unit.text) : null;
  if (!label || !plausibleOnContinuation(reading, label, unit)) return false;
  const placement = placeLabel(reading, label, unit, false);
  if (!placement) return false;
  addItem(reading, unit, lineLabel(unit, reading.source), placement);
  return true;
}
