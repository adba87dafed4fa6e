/** Word counts of a Markdown text, as a reader counts them: markup, labels' brackets and front matter aside. */

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(markdown: string): number {
  const body = markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
  let n = 0;
  for (const _ of body.matchAll(WORD)) n++;
  return n;
}
