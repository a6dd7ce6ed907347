/**
 * Knowledge and records by server. The shared knowledge (seed, operator, home servers) is the
 * same everywhere; another server's moderators change only their own view: facts of their own,
 * shared facts hidden for them, and the reverts of those. Questions, votes and suggestions belong
 * to the server they came from; the operator (no scope) sees every server's.
 */
import { NotFoundError, StoreError } from '../../src/store/errors';
import { openRuntime, type Runtime } from '../../src/store/runtime';
import { Store } from '../../src/store/store';
import { MAX_PENDING_SUGGESTIONS } from '../../src/store/suggestions';
import { waitUntil } from '../wait';
import { eachBackend, freshDatabase } from './backends';
import { factsCli, MODERATOR, MOORE_THREADS, MOORE_THREADS_EDITED, MOORE_THREADS_QUESTION } from './helpers';

const A = '100000000000000001';
const B = '100000000000000002';
const R2_QUESTION = 'what does DeepSeek use for R2?';
const R2_FACT = 'nvidia-for-r2-llm';
const USER = { id: 'discord:3003', name: 'salma' };

eachBackend('knowledge and records by server', (backend) => {
  const database = freshDatabase(backend);
  let runtime: Runtime;

  beforeEach(async () => {
    runtime = await openRuntime(database.current.location);
  });
  afterEach(() => runtime.close());

  const answerIn = (guildId: string | null, question: string) => runtime.engine.ask(question, { guildId });

  test("a server's own fact is answered there only, listed there only, and unknown elsewhere", async () => {
    const { store } = runtime;
    const fact = await store.addFact(MOORE_THREADS, MODERATOR, undefined, A);
    expect(fact.guildId).toBe(A);
    expect(answerIn(A, MOORE_THREADS_QUESTION).facts[0]?.fact.id).toBe(fact.id);
    for (const elsewhere of [B, null]) expect(answerIn(elsewhere, MOORE_THREADS_QUESTION).facts.map((item) => item.fact.id)).not.toContain(fact.id);
    expect(runtime.engine.suggest('moore threads', 10, { guildId: B }).map((item) => item.fact.id)).not.toContain(fact.id);
    expect(runtime.engine.answerWith('?', 'en', [fact.id], { guildId: B }).answered).toBe(false);
    expect((await store.listFacts({ view: A })).map((item) => item.id)).toContain(fact.id);
    expect((await store.listFacts({ view: B })).map((item) => item.id)).not.toContain(fact.id);
    expect((await store.listFacts({ view: null })).map((item) => item.id)).not.toContain(fact.id);
    expect(await store.countFacts('active', A)).toBe((await store.countFacts('active', B)) + 1);
    for (const attempt of [
      () => store.editFact(fact.id, MOORE_THREADS_EDITED, MODERATOR, undefined, B),
      () => store.removeFact(fact.id, MODERATOR, undefined, B),
      () => store.history(fact.id, B),
      () => store.revert(fact.id, 1, MODERATOR, undefined, B),
      () => store.editFact(fact.id, MOORE_THREADS_EDITED, MODERATOR, undefined, null),
    ]) {
      await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await store.getFact(fact.id, B)).toBeUndefined();
    expect((await store.getFact(fact.id))?.en).toBe(MOORE_THREADS.en);
  });

  test('a server editing a shared fact gets a version of its own; the shared fact is hidden there only', async () => {
    const { store } = runtime;
    const shared = (await store.getFact(R2_FACT))!;
    const own = await store.editFact(R2_FACT, { en: 'DeepSeek trains R2 on Nvidia chips, says this server.' }, MODERATOR, undefined, A);
    expect(own.id).not.toBe(R2_FACT);
    expect(own.guildId).toBe(A);
    expect(answerIn(A, R2_QUESTION).facts[0].fact.id).toBe(own.id);
    expect(answerIn(A, R2_QUESTION).facts.map((item) => item.fact.id)).not.toContain(R2_FACT);
    expect(answerIn(B, R2_QUESTION).facts[0].fact.id).toBe(R2_FACT);
    expect(answerIn(null, R2_QUESTION).facts[0].fact.id).toBe(R2_FACT);
    expect(await store.getFact(R2_FACT)).toEqual({ ...shared });
    expect(await store.getFact(R2_FACT, A)).toMatchObject({ status: 'removed', hidden: true });
    await expect(store.editFact(R2_FACT, { en: 'Again.' }, MODERATOR, undefined, A)).rejects.toThrow(/hidden in this server/);
  });

  test('a server hides a shared fact for itself and reverts it; it cannot revert the shared history', async () => {
    const { store } = runtime;
    await store.removeFact(R2_FACT, MODERATOR, 'not for us', A);
    expect(answerIn(A, R2_QUESTION).facts.map((item) => item.fact.id)).not.toContain(R2_FACT);
    expect(answerIn(B, R2_QUESTION).facts[0].fact.id).toBe(R2_FACT);
    expect((await store.getFact(R2_FACT, B))?.status).toBe('active');
    expect((await store.getFact(R2_FACT))?.status).toBe('active');

    const historyA = await store.history(R2_FACT, A);
    const hiding = historyA.at(-1)!;
    expect(hiding).toMatchObject({ action: 'remove', guildId: A, reason: 'not for us' });
    // B sees the shared history, not A's hiding; nor can it undo it.
    expect((await store.history(R2_FACT, B)).map((revision) => revision.id)).not.toContain(hiding.id);
    await expect(store.revert(R2_FACT, hiding.id, MODERATOR, undefined, B)).rejects.toBeInstanceOf(NotFoundError);
    // A cannot revert the shared knowledge's revisions (the seed's, here).
    await expect(store.revert(R2_FACT, historyA[0].id, MODERATOR, undefined, A)).rejects.toThrow(/only the home servers' moderators/);

    await store.revert(R2_FACT, hiding.id, MODERATOR, undefined, A);
    expect(answerIn(A, R2_QUESTION).facts[0].fact.id).toBe(R2_FACT);
    await expect(store.revert(R2_FACT, hiding.id, MODERATOR, undefined, A)).rejects.toBeInstanceOf(StoreError);
  });

  test('the shared knowledge changes everywhere; a server that hid a fact keeps it hidden', async () => {
    const { store } = runtime;
    await store.removeFact('baidu-accelerators', MODERATOR, undefined, B);
    await store.editFact(R2_FACT, { en: 'DeepSeek uses Nvidia chips for its main R2 model (corrected).' }, MODERATOR, undefined, null);
    for (const guildId of [A, B, null]) expect(answerIn(guildId, R2_QUESTION).facts[0].fact.en).toMatch(/corrected/);
    await store.editFact('baidu-accelerators', { en: 'Baidu accelerators are on DeepSeek’s test bench (corrected).' }, MODERATOR);
    expect((await store.getFact('baidu-accelerators', B))?.hidden).toBe(true);
    expect(runtime.engine.isVisible('baidu-accelerators', { guildId: B })).toBe(false);
    expect(runtime.engine.isVisible('baidu-accelerators', { guildId: A })).toBe(true);
  });

  test("a server's import adds its own facts, may repeat shared ones unchanged, and changes nothing else", async () => {
    const { store } = runtime;
    const other = await store.addFact(MOORE_THREADS, MODERATOR, undefined, B);
    const exported = await store.exportFacts(A);
    const ownLine = JSON.stringify({
      id: 'a-own-fact',
      en: 'Server A notes DeepSeek benchmarks Moore Threads cards.',
      ar: 'يلاحظ الخادم أ أن ديب سيك تختبر بطاقات مور ثريدز.',
      sourceId: 'report',
      paragraph: 4,
      aliases: [],
    });
    const summary = await store.importFacts(`${exported}${ownLine}\n`, MODERATOR, 'import', A);
    expect(summary).toMatchObject({ added: 1, updated: 0 });
    expect((await store.getFact('a-own-fact'))?.guildId).toBe(A);

    const sharedChanged = exported.replace(/"en":"([^"]*)"/, '"en":"$1 (changed by A)"');
    await expect(store.importFacts(sharedChanged, MODERATOR, 'import', A)).rejects.toThrow(/is a shared fact; this server cannot change it/);
    const takenId = JSON.stringify({ id: other.id, en: 'Taken over.', ar: 'استيلاء.', sourceId: 'report', paragraph: 4, aliases: [] });
    await expect(store.importFacts(`${takenId}\n`, MODERATOR, 'import', A)).rejects.toThrow(/another server's fact/);
    const report = JSON.stringify({ source: { ...(await store.getSource('report'))!, title: { en: 'Phishing', ar: 'تصيد' } } });
    await expect(store.importFacts(`${report}\n`, MODERATOR, 'import', A)).rejects.toThrow(/is a shared source/);
    expect((await store.getSource('report'))?.title.en).not.toBe('Phishing');
    expect((await store.getFact(other.id))?.en).toBe(MOORE_THREADS.en);
    expect(await store.exportFacts(B)).not.toContain('a-own-fact');
  });

  test('questions, votes and suggestions belong to their server; the operator sees every one', async () => {
    const { store } = runtime;
    await store.recordUnanswered('Who is the CEO of DeepSeek?', 'en', A);
    await store.recordUnanswered('Who is the CEO of DeepSeek?', 'en', B);
    await store.recordUnanswered('Who is the CEO of DeepSeek?', 'en', B);
    expect((await store.topUnanswered(10, [A])).map((gap) => [gap.guildId, gap.count])).toEqual([[A, 1]]);
    expect((await store.topUnanswered(10, [B])).map((gap) => [gap.guildId, gap.count])).toEqual([[B, 2]]);
    expect(await store.topUnanswered(10)).toHaveLength(2);
    expect(await store.topUnanswered(10, [])).toEqual([]);

    await store.recordFeedback(R2_FACT, 'user-a', false, null, A);
    await store.recordFeedback(R2_FACT, 'user-a', true, null, B);
    expect(await store.feedbackFor(R2_FACT, [A])).toEqual({ helpful: 0, notHelpful: 1 });
    expect(await store.feedbackFor(R2_FACT)).toEqual({ helpful: 1, notHelpful: 1 });
    const theirs = await store.addFact(MOORE_THREADS, MODERATOR, undefined, B);
    await expect(store.recordFeedback(theirs.id, 'user-a', false, null, A)).rejects.toBeInstanceOf(NotFoundError);

    const inA = await store.addSuggestion({ en: 'Suggested in A about Moore Threads.', paragraph: 4 }, USER, A);
    expect(inA.guildId).toBe(A);
    expect((await store.listSuggestions('pending', [B])).map((item) => item.id)).not.toContain(inA.id);
    await expect(store.rejectSuggestion(inA.id, MODERATOR, undefined, [B])).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.approveSuggestion(inA.id, MODERATOR, { ar: MOORE_THREADS.ar }, B, [B])).rejects.toBeInstanceOf(NotFoundError);
    const approved = await store.approveSuggestion(inA.id, MODERATOR, { ar: MOORE_THREADS.ar }, A, [A]);
    expect(approved.guildId).toBe(A);
  });

  test('a user has at most a few suggestions waiting per server; one rejection clears them all', async () => {
    const { store } = runtime;
    for (let i = 0; i < MAX_PENDING_SUGGESTIONS; i++) await store.addSuggestion({ en: `Flood number ${i} about Moore Threads.` }, USER, A);
    await expect(store.addSuggestion({ en: 'One more about Moore Threads.' }, USER, A)).rejects.toThrow(/already have 5 suggestions waiting/);
    await store.addSuggestion({ en: 'Another server about Moore Threads.' }, USER, B);
    await store.addSuggestion({ en: 'Someone else about Moore Threads.' }, { id: 'discord:4004', name: 'omar' }, A);
    expect(await store.rejectSuggestionsFrom(USER.id, MODERATOR, 'flood', [A])).toBe(MAX_PENDING_SUGGESTIONS);
    expect((await store.listSuggestions('pending', [A])).map((item) => item.suggestedBy.name)).toEqual(['omar']);
    expect(await store.listSuggestions('pending', [B])).toHaveLength(1);
    await store.addSuggestion({ en: 'Room again about Moore Threads.' }, USER, A);
  });

  test('a suggestion waits out its cooldown; one refused for its content does not start it', async () => {
    const { store } = runtime;
    await expect(store.addSuggestion({ en: '[click](https://phish.example)' }, USER, A, 60)).rejects.toThrow(/masked link/);
    await store.addSuggestion({ en: 'First about Moore Threads.' }, USER, A, 60);
    await expect(store.addSuggestion({ en: 'Second about Moore Threads.' }, USER, A, 60)).rejects.toThrow(/Please wait 60 s before suggesting again/);
    // Asking is a separate window.
    expect((await store.takeCooldown(USER.id, 60, A)).wait).toBe(0);
  });

  test('the cooldown holds in every server; each server where it refuses gets its own first notice', async () => {
    const { store } = runtime;
    expect(await store.takeCooldown('user-a', 30, A)).toEqual({ wait: 0, firstRefusal: false });
    expect(await store.takeCooldown('user-a', 30, A)).toMatchObject({ firstRefusal: true });
    expect(await store.takeCooldown('user-a', 30, A)).toMatchObject({ firstRefusal: false });
    expect(await store.takeCooldown('user-a', 30, B)).toMatchObject({ firstRefusal: true });
    expect((await store.takeCooldown('user-a', 30, B)).wait).toBeGreaterThan(0);
  });

  test("another process learns of a server's fact and a server's hiding, each for that server only", async () => {
    const other = await openRuntime(database.current.location);
    try {
      const fact = await runtime.store.addFact(MOORE_THREADS, MODERATOR, undefined, A);
      await runtime.store.removeFact(R2_FACT, MODERATOR, undefined, B);
      await waitUntil(
        () => other.engine.isVisible(fact.id, { guildId: A }) && !other.engine.isVisible(R2_FACT, { guildId: B }),
        'the other process catching up',
        3000,
      );
      expect(other.engine.isVisible(fact.id, { guildId: B })).toBe(false);
      expect(other.engine.isVisible(R2_FACT, { guildId: A })).toBe(true);
      expect(other.engine.ask(R2_QUESTION, { guildId: B }).facts.map((item) => item.fact.id)).not.toContain(R2_FACT);
    } finally {
      await other.close();
    }
  });

  test('an engine built now knows every server’s facts and hidings', async () => {
    const fact = await runtime.store.addFact(MOORE_THREADS, MODERATOR, undefined, A);
    await runtime.store.removeFact(R2_FACT, MODERATOR, undefined, B);
    const fresh = await openRuntime(database.current.location);
    try {
      expect(fresh.engine.isVisible(fact.id, { guildId: A })).toBe(true);
      expect(fresh.engine.isVisible(fact.id, { guildId: B })).toBe(false);
      expect(fresh.engine.isVisible(R2_FACT, { guildId: B })).toBe(false);
      expect(fresh.engine.isVisible(R2_FACT, { guildId: A })).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});

eachBackend('the operator at the command line', (backend) => {
  const database = freshDatabase(backend);

  test("sees every server's facts, each marked with its server", async () => {
    const store = await Store.open(database.current.location);
    let id: string;
    try {
      id = (await store.addFact(MOORE_THREADS, MODERATOR, undefined, A)).id;
    } finally {
      await store.close();
    }
    const listed = factsCli(database.current, 'list');
    expect(listed.stdout).toMatch(new RegExp(`^${id} .*\\(server ${A}\\)`, 'm'));
    expect(listed.stdout).toMatch(new RegExp(`^${R2_FACT} (?!.*\\(server)`, 'm'));
    expect(factsCli(database.current, 'show', id).stdout).toContain(`server:    ${A} only`);
  });
});
