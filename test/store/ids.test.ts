/** New fact ids: a readable slug and a random suffix whose every character is random. */
import { newId } from '../../src/store/ids';

const nothingTaken = () => Promise.resolve(false);

test('the slug is the first words of the text, accents dropped, within 40 characters', async () => {
  expect(await newId('Moore Threads builds the S4000 for Zhipu', 'fact', nothingTaken)).toMatch(/^moore-threads-builds-the-s4000-for-zhipu-[0-9a-z]{6}$/);
  expect(await newId('Café déjà vu', 'fact', nothingTaken)).toMatch(/^cafe-deja-vu-[0-9a-z]{6}$/);
  expect(await newId('ديب سيك', 'fact', nothingTaken)).toMatch(/^fact-[0-9a-z]{6}$/);
});

test('a taken id is drawn again', async () => {
  const seen: string[] = [];
  const id = await newId('R2', 'fact', (candidate) => {
    seen.push(candidate);
    return Promise.resolve(seen.length < 3);
  });
  expect(seen).toHaveLength(3);
  expect(id).toBe(seen[2]);
});

// Every position of the suffix is uniform over 36 characters (~31 bits in all). 3,600 draws give
// each character ~100 times per position; a skew like the old one (a 64-bit number's first
// base-36 digit, 1–3 three times in four) puts ~1,000 on one character. The bounds are ~10 standard
// deviations wide, so a correct generator fails them with a probability far below 1e-20.
test('every character of the suffix is uniform over 0-9a-z', async () => {
  const draws = 3_600;
  const counts = Array.from({ length: 6 }, () => new Map<string, number>());
  for (let i = 0; i < draws; i++) {
    const suffix = (await newId('x', 'fact', nothingTaken)).slice(-6);
    [...suffix].forEach((character, position) => counts[position].set(character, (counts[position].get(character) ?? 0) + 1));
  }
  const skewed = counts
    .map((count, position) => ({ position, characters: count.size, most: Math.max(...count.values()) }))
    .filter(({ characters, most }) => characters < 36 || most > 200);
  expect(skewed).toEqual([]);
});
