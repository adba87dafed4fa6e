/**
 * Text a Word file can hold. XML 1.0, which a .docx is made of, forbids the C0 control characters
 * other than tab, line feed and carriage return, and U+FFFE and U+FFFF; U+007F (delete) is allowed
 * but Word shows it as a box. Each of them is written as U+FFFD (�) and reported (the
 * `output-characters` rule, src/render/output-notes.ts): dropping them silently would change the text.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being replaced
export const NOT_IN_WORD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

/** `text` with every character a Word file cannot hold replaced by U+FFFD. */
export function wordText(text: string): string {
  return text.replace(NOT_IN_WORD, "\ufffd");
}
