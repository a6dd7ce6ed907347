import { PNG } from 'pngjs';
import { loadKnowledgeBase } from '../../src/core/knowledge/load';
import { CHART_SIZE, FONT_FILE, statsPng } from '../../src/stats/chart';
import { FontMetrics } from '../../src/stats/font-metrics';
import { STATS_WORDS, type UsageStats } from '../../src/stats/usage';

const facts = loadKnowledgeBase().facts;
const GREEN = [0x2e, 0x7d, 0x32];
const AMBER = [0xf0, 0xa2, 0x02];
const RED = [0xc6, 0x28, 0x28];

function month(answered: number, abstained: number): UsageStats['days'] {
  return Array.from({ length: 30 }, (_, i) => ({ day: new Date(Date.UTC(2026, 10, 1 + i)).toISOString().slice(0, 10), answered, abstained }));
}

/** Pixels of exactly `colour` in a box of the decoded PNG (the chart's own fills, not anti-aliased edges). */
function countColour(png: PNG, colour: number[], box = { x: 0, y: 0, width: png.width, height: png.height }): number {
  let count = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] === colour[0] && png.data[i + 1] === colour[1] && png.data[i + 2] === colour[2]) count++;
    }
  }
  return count;
}

const PER_DAY_PANEL = { x: 0, y: 130, width: 1200, height: 290 };

describe('the stats chart', () => {
  test.each(['en', 'ar'] as const)('is a %s PNG of the chart size, drawn (not blank)', async (language) => {
    const stats: UsageStats = {
      days: month(4, 1),
      topFacts: facts.slice(0, 10).map((fact, i) => ({ id: fact.id, en: fact.en, ar: fact.ar, count: 20 - i })),
      feedback: { helpful: 5, notHelpful: 2 },
    };
    const png = PNG.sync.read(await statsPng(stats, language));
    expect([png.width, png.height]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
    const white = countColour(png, [255, 255, 255]);
    expect(white).toBeLessThan(png.width * png.height * 0.9);
    expect(white).toBeGreaterThan(png.width * png.height * 0.3);
  });

  test('the title is drawn with the shipped font, from the left in English and from the right in Arabic', async () => {
    const stats: UsageStats = { days: month(1, 1), topFacts: [], feedback: { helpful: 0, notHelpful: 0 } };
    const inked = (png: PNG, x: number) => {
      let dark = 0;
      for (let y = 10; y < 55; y++) for (let i = x; i < x + 500; i++) if (png.data[(y * png.width + i) * 4] < 100) dark++;
      return dark;
    };
    const english = PNG.sync.read(await statsPng(stats, 'en'));
    const arabic = PNG.sync.read(await statsPng(stats, 'ar'));
    expect(inked(english, 0)).toBeGreaterThan(200);
    expect(inked(english, 700)).toBe(0);
    expect(inked(arabic, 700)).toBeGreaterThan(200);
    expect(inked(arabic, 0)).toBe(0);
  });

  test('the bars and the ring show the figures: answered in green, not answered in amber, not helpful in red', async () => {
    const onlyAnswered = PNG.sync.read(await statsPng({ days: month(3, 0), topFacts: [], feedback: { helpful: 4, notHelpful: 0 } }, 'en'));
    expect(countColour(onlyAnswered, GREEN, PER_DAY_PANEL)).toBeGreaterThan(1000);
    expect(countColour(onlyAnswered, AMBER, PER_DAY_PANEL)).toBe(0);
    expect(countColour(onlyAnswered, RED)).toBe(0);

    const onlyAbstained = PNG.sync.read(await statsPng({ days: month(0, 3), topFacts: [], feedback: { helpful: 0, notHelpful: 4 } }, 'en'));
    expect(countColour(onlyAbstained, GREEN, PER_DAY_PANEL)).toBe(0);
    expect(countColour(onlyAbstained, AMBER, PER_DAY_PANEL)).toBeGreaterThan(1000);
    expect(countColour(onlyAbstained, RED)).toBeGreaterThan(1000);
  });
});

describe('the chart font', () => {
  const metrics = new FontMetrics(FONT_FILE);

  test("draws every character of the facts and of the chart's words, in both languages", () => {
    const words = Object.values(STATS_WORDS).flatMap((language) =>
      Object.values(language).map((word) => (typeof word === 'string' ? word : (word as (...args: unknown[]) => string)(1, 2, 3))),
    );
    for (const text of [...facts.flatMap((fact) => [fact.en, fact.ar]), ...words]) expect(metrics.drawable(text)).toBe(text);
  });

  test('leaves out what it cannot draw, so no empty boxes appear', () => {
    expect(metrics.drawable('DeepSeek 🚀 中 ديب سيك')).toBe('DeepSeek   ديب سيك');
  });

  test('measures Arabic at its real width, and bidi controls as nothing', () => {
    const arabic = metrics.measure('الأسئلة في اليوم', 20);
    expect(arabic).toBeGreaterThan(20 * 4);
    expect(arabic).toBeLessThan(20 * 16 * 0.6);
    expect(metrics.measure('\u200f\u2067R2\u2069', 20)).toBe(metrics.measure('R2', 20));
    expect(metrics.measure('WWW', 20)).toBeGreaterThan(metrics.measure('iii', 20));
  });
});
