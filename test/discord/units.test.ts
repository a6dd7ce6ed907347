import { directional, isolate } from '../../src/discord/bidi';
import { ConfigError, loadConfig } from '../../src/discord/config';
import { customId, parseCustomId } from '../../src/discord/custom-id';
import { createLogger } from '../../src/discord/logger';
import { EmbedBuilder } from 'discord.js';
import { embedLength, escapeText, factIdsFromFooter, fitEmbeds, MESSAGE_EMBEDS_LIMIT, safeText } from '../../src/discord/render';
import { LOG_LINE_LIMIT, LOG_STRING_LIMIT } from '../../src/discord/logger';
import { RateLimiter } from '../../src/discord/rate-limit';
import { factModal } from '../../src/discord/fact-forms';
import { LIMITS } from '../../src/core/knowledge/limits';

describe('right-to-left text', () => {
  test('an Arabic line is a right-to-left isolate after a right-to-left mark, its Latin runs isolated', () => {
    const line = directional('تستخدم ديب سيك شرائح Nvidia لنموذج R2. [1]', 'ar');
    expect(line.startsWith('\u200F\u2067')).toBe(true);
    expect(line.endsWith('\u2069')).toBe(true);
    expect(line).toContain('\u2066Nvidia\u2069');
    expect(line).toContain('\u2066R2\u2069');
    expect(line).toContain('[\u20661\u2069]');
  });

  test('every line of a multi-line Arabic text gets its own mark', () => {
    expect(
      directional('سطر\nسطر', 'ar')
        .split('\n')
        .every((line) => line.startsWith('\u200F')),
    ).toBe(true);
  });

  test('Arabic inside an English line is isolated right-to-left', () => {
    expect(directional('Section: تقليل الاعتماد على إنفيديا, ¶3', 'en')).toBe('Section: \u2067تقليل الاعتماد على إنفيديا\u2069, ¶3');
  });

  test('letters are told apart by Unicode script: accented Latin, Arabic presentation forms and supplement letters, vowel marks', () => {
    const arabic = directional('مصنع في Zürich وآخر في São Paulo', 'ar');
    expect(arabic).toContain('\u2066Zürich\u2069');
    expect(arabic).toContain('\u2066São Paulo\u2069');
    expect(directional('Cafe\u0301 Noël', 'ar')).toContain('\u2066Cafe\u0301 Noël\u2069');
    expect(directional('Ligatures ﻻ ﷲ in a line', 'en')).toBe('Ligatures \u2067ﻻ ﷲ\u2069 in a line');
    expect(directional('Pashto ݐݑ and مُحَمَّد، here', 'en')).toBe('Pashto \u2067ݐݑ\u2069 and \u2067مُحَمَّد،\u2069 here');
  });

  test('text of unknown direction is first-strong isolated', () => {
    expect(isolate('ديب سيك R2?')).toBe('\u2068ديب سيك R2?\u2069');
  });
});

describe('configuration', () => {
  const valid = { DISCORD_TOKEN: 'x'.repeat(30), DISCORD_CLIENT_ID: '123456789012345678' };

  test('a missing token is named, with where to find it', () => {
    expect(() => loadConfig({ DISCORD_CLIENT_ID: valid.DISCORD_CLIENT_ID })).toThrow(/DISCORD_TOKEN is missing: the bot's token/);
  });

  test('every problem is reported at once', () => {
    try {
      loadConfig({ MODERATOR_ROLE_IDS: 'admins', DISCORD_API_BASE: 'ftp://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(4);
    }
  });

  test('sharding: a count and the shards this process runs, checked against each other', () => {
    expect(loadConfig({ ...valid, SHARD_COUNT: '2', SHARD_IDS: '1' })).toMatchObject({ shardCount: 2, shardIds: [1] });
    expect(loadConfig(valid)).toMatchObject({ shardCount: null, shardIds: null });
    expect(() => loadConfig({ ...valid, SHARD_COUNT: '2', SHARD_IDS: '2' })).toThrow(/SHARD_IDS must list shard numbers from 0 to SHARD_COUNT - 1/);
    expect(() => loadConfig({ ...valid, SHARD_IDS: '0' })).toThrow(/needs SHARD_COUNT/);
  });

  test('lists of ids and defaults are read', () => {
    const config = loadConfig({
      ...valid,
      MODERATOR_ROLE_IDS: '111111111111111111, 222222222222222222',
      ASK_CHANNEL_IDS: '',
      HOME_GUILD_IDS: '333333333333333333',
    });
    expect(config.moderatorRoleIds).toEqual(['111111111111111111', '222222222222222222']);
    expect(config.homeGuildIds).toEqual(['333333333333333333']);
    expect(loadConfig(valid).homeGuildIds).toEqual([]);
    expect(() => loadConfig({ ...valid, HOME_GUILD_IDS: 'my-server' })).toThrow(/HOME_GUILD_IDS must be a comma-separated list of Discord ids/);
    expect(config.askChannelIds).toEqual([]);
    expect(config.guildId).toBeNull();
    expect(config.cooldownSeconds).toBe(3);
  });
});

describe('logs', () => {
  test('never contain the token, nor anything shaped like a bot token', () => {
    const lines: string[] = [];
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123';
    const logger = createLogger(['my-secret-token-value'], (line) => lines.push(line));
    logger.error('failed', { error: new Error(`login with my-secret-token-value failed`), header: `Bot ${token}` });
    expect(lines.join('\n')).not.toContain('my-secret-token-value');
    expect(lines.join('\n')).not.toContain(token);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'error', message: 'failed' });
  });
});

describe('bounded logs', () => {
  test('a huge field, a huge list and a huge message each leave a bounded line, still JSON, secrets masked', () => {
    const lines: string[] = [];
    const secret = 'my-secret-token-value';
    const logger = createLogger([secret], (line) => lines.push(line));
    const huge = `${'x'.repeat(LOG_STRING_LIMIT - 5)}${secret}${'y'.repeat((144 * 1024 * 1024) / 1024)}`;
    logger.info('refused', { reason: huge, lines: Array.from({ length: 700_000 }, (_, i) => i) });
    logger.error('x'.repeat(100_000), { error: new Error(huge) });
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(LOG_LINE_LIMIT);
      expect(line).not.toContain('my-secret');
      expect(() => JSON.parse(line)).not.toThrow();
    }
    const first = JSON.parse(lines[0]);
    expect(first.reason).toMatch(new RegExp(`\\(${huge.length} characters in all\\)$`));
    expect(first.lines).toHaveLength(21);
    expect(first.lines[20]).toBe('…and 699980 more');
  });
});

describe('rate limits', () => {
  test('a key may act `burst` times at once, then `perSecond` times a second; others are not affected', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perSecond: 2 }, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('flooder'))).toEqual([true, true, true, false]);
    expect(limiter.take('someone else')).toBe(true);
    now = 499;
    expect(limiter.take('flooder')).toBe(false);
    now = 500;
    expect(limiter.take('flooder')).toBe(true);
    expect(limiter.take('flooder')).toBe(false);
  });

  test('it remembers a bounded number of keys, forgetting the least recently seen', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 0, maxKeys: 2 }, () => 0);
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('b')).toBe(true);
    expect(limiter.take('a')).toBe(false);
    expect(limiter.take('c')).toBe(true);
    // "b" was the least recently seen, so it was forgotten and starts afresh; "a" was kept.
    expect(limiter.take('b')).toBe(true);
    expect(limiter.take('c')).toBe(false);
  });
});

describe('message plumbing', () => {
  test('custom ids round-trip and refuse to exceed Discord’s limit', () => {
    expect(parseCustomId(customId('revert', 'fact-id', 12))).toEqual({ action: 'revert', args: ['fact-id', '12'] });
    expect(parseCustomId('someone-else:button')).toBeNull();
    expect(() => customId('x', 'y'.repeat(100))).toThrow(/too long/);
  });

  test('fact ids are read back from an answer footer, and nothing else is', () => {
    expect(factIdsFromFooter('Isnad · nvidia-for-r2-llm · ascend-smaller-r2')).toEqual(['nvidia-for-r2-llm', 'ascend-smaller-r2']);
    expect(factIdsFromFooter('Something else')).toEqual([]);
  });

  test('text from people cannot smuggle markdown', () => {
    expect(safeText('**bold** `code` @everyone', 100)).toBe('\\*\\*bold\\*\\* \\`code\\` @everyone');
  });

  test('masked links, mentions, headings, subtext, quotes and lists are shown as written, never rendered', () => {
    const written = '# Breaking\n-# small print\n> quoted\n- item\n* item\n12. item\n[the source](https://phish.example) <@123> <t:0:R>';
    expect(escapeText(written)).toBe(
      '\\# Breaking\n\\-# small print\n\\> quoted\n\\- item\n\\* item\n12\\. item\n\\[the source\\](https://phish.example) \\<@123> \\<t:0:R>',
    );
    // On one line, only the start is a line start: "# " later in the line is plain text already.
    expect(safeText('## Headline\n[x](https://a.example)', 100)).toBe('\\## Headline \\[x\\](https://a.example)');
  });

  test('the embeds of one reply (a message asking several questions) are cut to fit in one message', () => {
    const embed = (length: number) =>
      new EmbedBuilder()
        .setAuthor({ name: 'q'.repeat(250) })
        .setDescription('😀'.repeat(length / 2))
        .addFields({ name: 'Sources', value: 's'.repeat(1024) })
        .setFooter({ text: 'Isnad · a-fact' });
    const embeds = fitEmbeds([embed(4000), embed(3000), embed(400)]);
    expect(embeds.reduce((sum, item) => sum + embedLength(item), 0)).toBeLessThanOrEqual(MESSAGE_EMBEDS_LIMIT);
    for (const item of embeds) expect(item.data.description).toMatch(/^(😀)+…$/u);
    const small = [embed(400), embed(400)];
    expect(fitEmbeds(small).map((item) => item.data.description?.length)).toEqual([400, 400]);
  });

  test('cutting escaped text never leaves a backslash to escape what follows it', () => {
    for (let limit = 2; limit < 40; limit++) {
      const cut = safeText('**a** [b](c) \\\\ `d` 😀 _e_', limit);
      expect(cut.length).toBeLessThanOrEqual(limit);
      // An odd run of backslashes right before the ellipsis would escape it.
      expect(cut).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
    }
  });
});

describe('fact forms', () => {
  test('the edit form holds every alias a fact may have, so saving it unchanged loses none', () => {
    const aliases = Array.from({ length: LIMITS.aliases }, (_, i) => `${i} ${'ش'.repeat(LIMITS.alias - 3)}`);
    const modal = factModal('isnad:edit', 'Edit', { en: 'x', ar: 'س', source: '4', aliases }).toJSON();
    const field = modal.components
      .map((component) => ('component' in component ? component.component : undefined))
      .find((component) => component?.custom_id === 'aliases') as { value?: string; max_length?: number };
    expect(field.value?.split('\n')).toEqual(aliases);
    // Discord refuses a text field longer than this.
    expect(field.max_length).toBeLessThanOrEqual(4000);
  });
});
