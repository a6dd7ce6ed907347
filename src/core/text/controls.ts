/**
 * Characters that change how text looks or flows without being part of what was said:
 * control characters, bidirectional overrides and isolates, and zero-width joiners/marks.
 * People paste them by accident (and sometimes on purpose, to garble a reply), so they are
 * removed before anything else reads the text.
 */

/** C0 and C1 controls, DEL; tab, line feed and carriage return are handled as spaces instead. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Bidi marks, embeddings, overrides and isolates (LRM, RLM, ALM, LRE…RLO, LRI…PDI). */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Zero-width space, joiners, word joiner, byte-order mark, soft hyphen, invisible operators. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
const LINE_BREAKS_AND_TABS = /[\t\n\r\u2028\u2029]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

export function stripBidiControls(text: string): string {
  return text.replace(BIDI, '');
}

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Line breaks and tabs become plain spaces so a pasted paragraph reads as one line. */
export function flattenWhitespace(text: string): string {
  return text.replace(LINE_BREAKS_AND_TABS, ' ').replace(/ {2,}/g, ' ');
}

/** Everything above; the result is one trimmed line. */
export function cleanText(text: string): string {
  return flattenWhitespace(stripInvisible(stripBidiControls(stripControls(text)))).trim();
}

/** `cleanText` line by line: a message's line breaks stay, since a line break ends a sentence. */
export function cleanLines(text: string): string {
  return text
    .split(/[\n\r\u2028\u2029]+/)
    .map(cleanText)
    .join('\n');
}

/** True when the text holds a character that `cleanText` would remove (used to refuse input). */
export function hasControlCharacters(text: string): boolean {
  return new RegExp(`${CONTROL.source}|${BIDI.source}|${INVISIBLE.source}`).test(text);
}
