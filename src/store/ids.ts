/**
 * Ids for new facts and sources: readable in a command line, unique without coordination, and
 * within the validator's limit (40 + 1 + 6 characters).
 */
import { randomInt } from 'node:crypto';

const SLUG_LENGTH = 40;
const SUFFIX_LENGTH = 6;

function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_LENGTH) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, SLUG_LENGTH) || '';
}

/** Six base-36 characters, each uniform: one number drawn below 36^6 (~31 bits), zero-padded. */
function randomSuffix(): string {
  return randomInt(36 ** SUFFIX_LENGTH)
    .toString(36)
    .padStart(SUFFIX_LENGTH, '0');
}

/**
 * A slug of the first words of `text` plus a random suffix ("moore-threads-builds-k3x9q2"), so
 * two moderators adding the same sentence at once still get different ids.
 */
export async function newId(text: string, fallback: string, isTaken: (id: string) => Promise<boolean>): Promise<string> {
  const slug = slugify(text) || fallback;
  for (;;) {
    const id = `${slug}-${randomSuffix()}`;
    if (!(await isTaken(id))) return id;
  }
}
