/**
 * What the chart's font can draw, and how wide a line of it is, for ECharts' layout (where a
 * title goes, when a label is cut). Without a browser, ECharts guesses one em for every character
 * outside ASCII, which makes Arabic three times too wide. Here each character's advance is read
 * from the font file itself (its character map and horizontal metrics); contextual Arabic forms
 * differ from the isolated forms by little, which is all the layout needs.
 */
import { readFileSync } from 'node:fs';

/** Bidi controls and joiners take no room. */
const INVISIBLE = /[\u200b-\u200f\u2066-\u2069\ufeff]/u;

export class FontMetrics {
  private readonly advances = new Map<number, number>();
  /** A character the font lacks is taken as one em wide (ECharts measures a CJK character for line heights). */
  private readonly missing = 1;

  /** Reads a TrueType/OpenType file's metrics (a format 4 character map, as every BMP font has). */
  constructor(file: string) {
    const font = readFileSync(file);
    const tables = new Map<string, number>();
    const count = font.readUInt16BE(4);
    for (let i = 0; i < count; i++) tables.set(font.toString('latin1', 12 + i * 16, 16 + i * 16), font.readUInt32BE(20 + i * 16));
    const table = (tag: string) => {
      const offset = tables.get(tag);
      if (offset === undefined) throw new Error(`${file} has no ${tag} table`);
      return offset;
    };
    const unitsPerEm = font.readUInt16BE(table('head') + 18);
    const metricsCount = font.readUInt16BE(table('hhea') + 34);
    const hmtx = table('hmtx');
    const advanceOf = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricsCount - 1)) / unitsPerEm;
    const cmap = table('cmap');
    let subtable = -1;
    for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
      const record = cmap + 4 + i * 8;
      const platform = font.readUInt16BE(record);
      const encoding = font.readUInt16BE(record + 2);
      const offset = cmap + font.readUInt32BE(record + 4);
      if (((platform === 3 && encoding === 1) || platform === 0) && font.readUInt16BE(offset) === 4) subtable = offset;
    }
    if (subtable < 0) throw new Error(`${file} has no Unicode BMP character map`);
    const segments = font.readUInt16BE(subtable + 6) / 2;
    const ends = subtable + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const start = font.readUInt16BE(starts + s * 2);
      const end = font.readUInt16BE(ends + s * 2);
      const delta = font.readUInt16BE(deltas + s * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
      for (let code = start; code <= end && code !== 0xffff; code++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
        else {
          const at = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
          glyph = font.readUInt16BE(at);
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) this.advances.set(code, advanceOf(glyph));
      }
    }
  }

  /** `text` without the characters the font cannot draw (an emoji would be an empty box). */
  drawable(text: string): string {
    return [...text]
      .filter((character) => INVISIBLE.test(character) || /\s/u.test(character) || this.advances.has(character.codePointAt(0) as number))
      .join('');
  }

  /** The width of `text` at `fontSize` pixels. */
  measure(text: string, fontSize: number): number {
    let ems = 0;
    for (const character of text) {
      if (INVISIBLE.test(character)) continue;
      ems += this.advances.get(character.codePointAt(0) as number) ?? this.missing;
    }
    return ems * fontSize;
  }
}
