/** The moderators' command line, run for real against a temporary database of each backend. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eachBackend, freshDatabase } from './backends';
import { factsCli as facts, MOORE_THREADS, tempFolder } from './helpers';

const folder = tempFolder();

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

eachBackend('the facts command line', (backend) => {
  describe('changing a fact', () => {
    const database = freshDatabase(backend, 'all');
    let id: string;

    test('add prints the new id on its last line, and show and list find it', () => {
      const added = facts(
        database.current,
        'add',
        '--en',
        MOORE_THREADS.en,
        '--ar',
        MOORE_THREADS.ar,
        '--paragraph',
        '4',
        '--alias',
        'who makes the S4000',
        '--by',
        'mona',
      );
      expect(added.status).toBe(0);
      id = lastLine(added.stdout);
      expect(id).toMatch(/^moore-threads-[a-z0-9-]+$/);
      expect(id.length).toBeLessThanOrEqual(64);

      const shown = facts(database.current, 'show', id);
      expect(shown.stdout).toContain(MOORE_THREADS.ar);
      expect(shown.stdout).toContain('report ¶4');
      expect(shown.stdout).toContain('who makes the S4000');
      expect(shown.stdout).toMatch(/added: .* by mona/);
      expect(facts(database.current, 'list').stdout).toContain(`${id}  [report ¶4]  ${MOORE_THREADS.en}`);
    });

    test('history numbers every change, and revert undoes one', () => {
      facts(database.current, 'edit', id, '--en', 'Moore Threads builds the MTT S5000 accelerator.', '--reason', 'new model', '--by', 'sami');
      const history = facts(database.current, 'history', id).stdout;
      expect(history).toMatch(/#\d+ .* add by mona/);
      expect(history).toMatch(/#\d+ .* edit by sami — new model\n {4}en: ".*S4000.*" → ".*S5000.*"/);
      const editRevision = /#(\d+) .* edit by sami/.exec(history)?.[1] as string;

      const reverted = facts(database.current, 'revert', id, editRevision);
      expect(reverted.status).toBe(0);
      expect(facts(database.current, 'show', id).stdout).toContain(`en:        ${MOORE_THREADS.en}`);
    });

    test('remove takes the fact out of the list', () => {
      expect(facts(database.current, 'remove', id, '--reason', 'test over').status).toBe(0);
      expect(facts(database.current, 'list').stdout).not.toContain(id);
      expect(facts(database.current, 'show', id).stdout).toContain('status:    removed');
    });
  });

  describe('refusals exit 1 with the field named and no stack trace', () => {
    const database = freshDatabase(backend, 'all');

    test.each([
      ['Arabic missing', ['--en', 'Moore Threads builds accelerators.', '--paragraph', '4'], /--ar \(ar\): is required/],
      [
        'a paragraph the report lacks',
        ['--en', MOORE_THREADS.en, '--ar', MOORE_THREADS.ar, '--paragraph', '42'],
        /--paragraph \(paragraph\): ¶42 is not in "report"/,
      ],
    ])('%s', (_name, flags, message) => {
      const result = facts(database.current, 'add', ...flags);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(facts(database.current, 'list').stdout).not.toContain('Moore Threads');
    });
  });

  describe('export and import', () => {
    test('an import with one bad line writes nothing and names the line and field', async () => {
      const db = await backend.create();
      const file = path.join(folder, `bad-${backend.name}.jsonl`);
      const good = { id: 'moore-threads-ok', en: MOORE_THREADS.en, ar: MOORE_THREADS.ar, sourceId: 'report', paragraph: 4, aliases: [] };
      const bad = { ...good, id: 'moore-threads-bad', ar: 'Written in English by mistake' };
      writeFileSync(file, `${JSON.stringify(good)}\n\n${JSON.stringify(bad)}\n`);
      const result = facts(db, 'import', file);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('line 3: fact "moore-threads-bad": ar: must be written in Arabic');
      expect(facts(db, 'show', 'moore-threads-ok').status).toBe(1);
    });

    test('export → import into a fresh database → export gives the same bytes', async () => {
      const first = await backend.create();
      facts(first, 'add', '--en', MOORE_THREADS.en, '--ar', MOORE_THREADS.ar, '--paragraph', '4');
      facts(
        first,
        'add',
        '--en',
        'Reuters reports a new Huawei cluster.',
        '--ar',
        'تفيد رويترز بمجمّع جديد لهواوي.',
        '--url',
        'https://example.com/reuters-huawei',
        '--title',
        'Reuters on Huawei',
        '--title-ar',
        'رويترز عن هواوي',
      );
      const firstExport = path.join(folder, `first-${backend.name}.jsonl`);
      expect(facts(first, 'export', firstExport).status).toBe(0);
      expect(readFileSync(firstExport, 'utf8').split('\n')[0]).toContain('"source":{');

      const second = await backend.create();
      const imported = facts(second, 'import', firstExport);
      expect(imported.stdout).toContain('2 added');
      const secondExport = path.join(folder, `second-${backend.name}.jsonl`);
      facts(second, 'export', secondExport);
      expect(readFileSync(secondExport).equals(readFileSync(firstExport))).toBe(true);
    });
  });
});
