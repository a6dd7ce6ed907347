/**
 * `npm run bench`: measures Isnad against the naive fuse.js build, section by section, and
 * prints a table per section (or, with --json, one JSON object on stdout). See options.ts for
 * the command line.
 */
import os from 'node:os';
import { runCli, UsageError } from '../src/cli/run';
import { discord } from './discord';
import { live } from './live';
import { parseOptions, USAGE } from './options';
import { quality } from './quality';
import { soak } from './soak';
import { type Check, limitText, met, progress, type Section, type SectionReport } from './section';
import { speed } from './speed';
import { start } from './start';
import { formatTable } from './table';

/** Every section, in the order they run. A new measurement is one more Section here. */
const SECTIONS: Section[] = [quality, speed, live, discord, start, soak];

function machine() {
  return {
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
  };
}

function targetsTable(checks: Check[]): string {
  return formatTable(
    ['target', 'limit', 'measured', 'met'],
    checks.map((check) => [check.what, limitText(check), check.value, met(check) ? 'yes' : 'NO']),
  );
}

runCli(USAGE, async (argv) => {
  const options = parseOptions(argv);
  const unknown = (options.sections ?? []).filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length > 0) throw new UsageError(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  const chosen = SECTIONS.filter((section) => options.sections?.includes(section.name) ?? !section.onRequest);
  const started = Date.now();
  const reports: [Section, SectionReport][] = [];
  for (const section of chosen) reports.push([section, await section.run(options)]);
  const seconds = Math.round((Date.now() - started) / 1000);
  progress(`done in ${seconds} s`);
  const checks = reports.flatMap(([, report]) => report.checks);
  const about = { machine: machine(), seconds };
  if (options.json) {
    const merged = Object.assign({}, ...reports.map(([, report]) => report.json)) as Record<string, unknown>;
    const targets = checks.map(({ atMost, ...check }) => ({ ...check, at_most: atMost, met: met({ atMost, ...check }) }));
    process.stdout.write(`${JSON.stringify({ ...about, ...merged, targets })}\n`);
    return;
  }
  const { machine: host } = about;
  const out = [`Isnad benchmark: node ${host.node}, ${host.cores} × ${host.cpu}, ${host.memory_gb} GB, ${host.platform}; ${seconds} s`];
  for (const [section, report] of reports) out.push('', section.title, '='.repeat(section.title.length), report.text);
  if (checks.length > 0) out.push('', 'Targets', '=======', targetsTable(checks));
  process.stdout.write(`${out.join('\n')}\n`);
});
