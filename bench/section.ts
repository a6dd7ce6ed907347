/**
 * What a section of the benchmark is. `run.ts` runs a list of them in order; a new measurement
 * (the Discord round trip, say) is one more module exporting a Section, added to that list.
 */
import type { BenchOptions } from './options';

/** A figure set against its target: "Isnad p99 at 10,000 facts ≤ 2 ms". */
export interface Check {
  /** What was measured and where: "Isnad p99 at 10,000 facts". */
  what: string;
  /** The figure's short name, for a table's notes: "p99". */
  metric: string;
  unit: string;
  limit: number;
  /** True when the value must stay at or below the limit, false when at or above. */
  atMost: boolean;
  value: number;
}

export interface SectionReport {
  /** Merged into the --json object: each key becomes a top-level field. */
  json: Record<string, unknown>;
  /** The section's tables, printed under its title. */
  text: string;
  checks: Check[];
}

export interface Section {
  /** For --sections. */
  name: string;
  /** Long-running: runs only when named in --sections, never by default. */
  onRequest?: boolean;
  title: string;
  run(options: BenchOptions): Promise<SectionReport>;
}

export const met = (check: Check): boolean => (check.atMost ? check.value <= check.limit : check.value >= check.limit);

/** "≤ 2 ms" */
export function limitText(check: Check): string {
  return `${check.atMost ? '≤' : '≥'} ${check.limit}${check.unit ? ` ${check.unit}` : ''}`;
}

/** "p99 ≤ 2 ms ✗" */
export function checkNote(check: Check): string {
  return `${check.metric} ${limitText(check)} ${met(check) ? '✓' : '✗'}`;
}

/** Progress goes to stderr, so stdout holds only the report (or the JSON object). */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
