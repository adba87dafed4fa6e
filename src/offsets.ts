/** Offsets to lines: shared by the parser (source positions) and the renderers (output lines, diffs). */

/** Offsets where each line starts ("\n" ends a line; "\r\n" ends one too, as its "\n"). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The index of the last entry of `sorted` (ascending, first entry <= value) that is <= `value`. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sorted[mid] as number) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
