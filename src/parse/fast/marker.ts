/** List markers (`-`, `*`, `+`, `1.`, `1)`): reading one, and what it may interrupt. */

export function isOrderedNotOne(text: string, start: number, end: number): boolean {
  const marker = readMarker(text, start, end);
  return marker?.ordered === true && marker.value !== 1;
}

/** A list item may interrupt a paragraph if it is not empty and, when ordered, starts at 1. */
export function canInterrupt(text: string, start: number, end: number): boolean {
  const marker = readMarker(text, start, end);
  return marker !== null && (!marker.ordered || marker.value === 1);
}

export interface Marker {
  ordered: boolean;
  value: number;
  /** The bullet character or the ordered delimiter (a char code): items share a list only if it matches. */
  delimiter: number;
  contentStart: number;
}

/** A list marker with 1 to 4 spaces and some content after it; null for anything else. */
export function readMarker(text: string, start: number, end: number): Marker | null {
  const c = text.charCodeAt(start);
  let i = start;
  let ordered = false;
  let value = 0;
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === start || i - start > 9) return null;
    value = Number(text.slice(start, i));
    ordered = true;
    i++;
  }
  const delimiter = text.charCodeAt(i - 1);
  // One tab after the marker (as pandoc writes) reaches the next tab stop: 1 to 4 columns, like spaces.
  if (text.charCodeAt(i) === 9) {
    const next = text.charCodeAt(i + 1);
    if (i + 1 >= end || next === 32 || next === 9) return null;
    return { ordered, value, delimiter, contentStart: i + 1 };
  }
  let spaces = 0;
  while (i + spaces < end && text.charCodeAt(i + spaces) === 32) spaces++;
  if (spaces === 0 || spaces > 4 || i + spaces >= end || text.charCodeAt(i + spaces) === 9) return null;
  return { ordered, value, delimiter, contentStart: i + spaces };
}

/** The column (0-based, tabs to the next multiple of 4) of `offset` in the line starting at `start`. */
export function columnOf(text: string, start: number, offset: number): number {
  let column = 0;
  for (let i = start; i < offset; i++) column = text.charCodeAt(i) === 9 ? (column + 4) & ~3 : column + 1;
  return column;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
