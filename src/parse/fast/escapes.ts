/** Backslash escapes and character references: what inline text may contain, and how it reads. */
import { decodeNamedCharacterReference } from "decode-named-character-reference";

/**
 * `&name;` is a character reference only when the name is one micromark decodes ("&amp;" yes, "&SDG;"
 * no); it asks the same table, so the fast path declines exactly the references remark would decode.
 */
const NAMED_REFERENCE = /&([a-z][a-z\d]{0,31});/gi;

export function hasCharacterReference(text: string): boolean {
  if (!text.includes("&")) return false;
  for (const match of text.matchAll(NAMED_REFERENCE)) {
    if (decodeNamedCharacterReference(match[1] as string) !== false) return true;
  }
  return false;
}

export function unescapePunctuation(value: string): string {
  return value.includes("\\") ? value.replace(/\\([!-/:-@[-`{-~])/g, "$1") : value;
}

export function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}
