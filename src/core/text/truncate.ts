/**
 * Cutting text to a length without breaking a character. Limits are counted in UTF-16 code
 * units (what JavaScript's `length` and Discord's message limits count), but the cut falls
 * between whole graphemes: an emoji (a surrogate pair, a flag, a family joined by ZWJ) or a
 * letter with its marks is kept whole or left out whole, never split into a lone surrogate.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` if it fits in `limit` code units; otherwise its longest start made of whole graphemes
 * that, followed by `ellipsis`, fits. Only the kept part is examined, so a 2 MB string costs no
 * more than a short one.
 */
export function truncate(text: string, limit: number, ellipsis = '…'): string {
  if (text.length <= limit) return text;
  const room = limit - ellipsis.length;
  if (room <= 0) return ellipsis.slice(0, Math.max(0, limit));
  // Segmenting needs context past the cut only up to the next boundary; a grapheme is short.
  const window = text.slice(0, room + 64);
  let end = 0;
  for (const { index, segment } of graphemes.segment(window)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end)}${ellipsis}`;
}
