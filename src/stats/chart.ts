/**
 * The stats chart, as a PNG, drawn in the process with nothing fetched: ECharts lays it out as SVG
 * (its server-side renderer), resvg rasterises it with the one font shipped in fonts/ (Arabic and
 * Latin in one file, shaped by resvg). Three panels: questions per day (answered and not), the
 * most-asked facts, and the share of helpful and not helpful votes. Arabic labels are isolated
 * right-to-left so names and numbers inside them stay in place.
 */
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { Language } from '../core/types';
import { directional } from '../discord/bidi';
import { FontMetrics } from './font-metrics';
import { periodText, STATS_WORDS, type UsageStats, usageTotals } from './usage';

export const FONT_FILE = path.join(__dirname, 'fonts', 'IsnadSans-Regular.ttf');
const FONT_FAMILY = 'Isnad Sans';
export const CHART_SIZE = { width: 1200, height: 900 } as const;
/** Long fact texts are cut to this many characters in the chart; the text version has their ids. */
const FACT_LABEL_LENGTH = 46;

const metrics = new FontMetrics(FONT_FILE);
// ECharts lays text out with this; the chart is the only ECharts user in the process.
echarts.setPlatformAPI({
  measureText: (text: string, font?: string) => ({ width: metrics.measure(text, Number(/([\d.]+)px/.exec(font ?? '')?.[1] ?? 12)) }),
});

const COLOURS = { answered: '#2e7d32', abstained: '#f0a202', helpful: '#2e7d32', notHelpful: '#c62828', text: '#1f2328', muted: '#57606a' };

function cut(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length
    ? text
    : `${characters
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}

/** The chart's options: the same figures as `statsText`, laid out for `language`. */
function chartOptions(stats: UsageStats, language: Language) {
  const words = STATS_WORDS[language];
  const label = (text: string) => directional(text, language);
  const rtl = language === 'ar';
  // ECharts aligns a title's lines to its right edge only when placed by the keyword 'right'.
  const side = rtl ? { left: 'right', padding: [5, 35, 5, 5] } : { left: 40 };
  const totals = usageTotals(stats);
  const facts = stats.topFacts.map((fact) => ({ name: label(cut(metrics.drawable(fact[language]), FACT_LABEL_LENGTH)), value: fact.count }));
  const pieCentre = [rtl ? 200 : 1000, 700];
  // Said in the middle of an empty panel.
  const notices = [
    ...(facts.length === 0 ? [{ text: words.noAnswersYet, x: rtl ? 800 : 400, y: 690 }] : []),
    ...(totals.votes === 0 ? [{ text: words.noVotesYet, x: pieCentre[0], y: pieCentre[1] }] : []),
  ];
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY, color: COLOURS.text },
    title: [
      {
        text: label(words.title),
        subtext: label(`${periodText(stats, language)} · ${words.questions(totals.questions, totals.answered, totals.abstained)}`),
        top: 16,
        ...side,
        itemGap: 12,
        textStyle: { fontFamily: FONT_FAMILY, fontSize: 26 },
        subtextStyle: { fontFamily: FONT_FAMILY, fontSize: 16, color: COLOURS.muted },
      },
      { text: label(words.perDay), top: 96, ...side, textStyle: { fontFamily: FONT_FAMILY, fontSize: 18 } },
      { text: label(words.topFacts), top: 470, ...side, textStyle: { fontFamily: FONT_FAMILY, fontSize: 18 } },
      {
        text: label(words.feedback),
        subtext: label(words.votes(stats.feedback.helpful, stats.feedback.notHelpful, totals.notHelpfulPercent)),
        top: 470,
        ...(rtl ? { left: 360, textAlign: 'right' } : { right: 40 }),
        textStyle: { fontFamily: FONT_FAMILY, fontSize: 18 },
        subtextStyle: { fontFamily: FONT_FAMILY, fontSize: 14, color: COLOURS.muted },
      },
    ],
    legend: {
      top: 98,
      ...(rtl ? { left: 40 } : { right: 40 }),
      data: [label(words.answered), label(words.abstained)],
      textStyle: { fontFamily: FONT_FAMILY, fontSize: 14 },
    },
    grid: [
      { top: 140, height: 270, left: 60, right: 40 },
      { top: 520, bottom: 40, ...(rtl ? { left: 440, right: 40 } : { left: 40, right: 440 }), containLabel: true },
    ],
    xAxis: [
      {
        gridIndex: 0,
        type: 'category',
        inverse: rtl,
        data: stats.days.map((day) => day.day.slice(5)),
        axisLabel: { interval: 4, fontSize: 13 },
        axisTick: { alignWithLabel: true },
      },
      { gridIndex: 1, type: 'value', inverse: rtl, minInterval: 1, axisLabel: { fontSize: 13 } },
    ],
    yAxis: [
      { gridIndex: 0, type: 'value', minInterval: 1, position: rtl ? 'right' : 'left', axisLabel: { fontSize: 13 } },
      {
        gridIndex: 1,
        type: 'category',
        inverse: true,
        position: rtl ? 'right' : 'left',
        data: facts.map((fact) => fact.name),
        axisLabel: { fontSize: 14 },
      },
    ],
    series: [
      ...(['answered', 'abstained'] as const).map((kind) => ({
        name: label(words[kind]),
        type: 'bar',
        stack: 'questions',
        xAxisIndex: 0,
        yAxisIndex: 0,
        itemStyle: { color: COLOURS[kind] },
        data: stats.days.map((day) => day[kind]),
      })),
      {
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        barMaxWidth: 26,
        itemStyle: { color: '#4a6fa5' },
        label: { show: true, position: rtl ? 'left' : 'right', fontSize: 14 },
        data: facts.map((fact) => fact.value),
      },
      {
        type: 'pie',
        center: pieCentre,
        radius: [70, 130],
        label: {
          formatter: ({ name, value, percent }: { name: string; value: number; percent: number }) => `${name}\n${value} (${Math.round(percent)}%)`,
          fontSize: 14,
        },
        data:
          totals.votes === 0
            ? []
            : [
                { name: label(words.helpful), value: stats.feedback.helpful, itemStyle: { color: COLOURS.helpful } },
                { name: label(words.notHelpful), value: stats.feedback.notHelpful, itemStyle: { color: COLOURS.notHelpful } },
              ],
      },
    ],
    graphic: notices.map((notice) => ({
      type: 'text',
      x: notice.x,
      y: notice.y,
      style: { text: label(notice.text), fontFamily: FONT_FAMILY, fontSize: 18, fill: COLOURS.muted, align: 'center', verticalAlign: 'middle' },
    })),
  };
}

/** The chart as SVG text (what resvg draws). */
function statsSvg(stats: UsageStats, language: Language): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  try {
    chart.setOption(chartOptions(stats, language));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG; rasterised off the main thread, so answering questions never waits on it. */
export async function statsPng(stats: UsageStats, language: Language): Promise<Buffer> {
  const image = await renderAsync(statsSvg(stats, language), {
    font: { loadSystemFonts: false, fontFiles: [FONT_FILE], defaultFontFamily: FONT_FAMILY },
    background: '#ffffff',
    logLevel: 'off',
  });
  return image.asPng();
}
