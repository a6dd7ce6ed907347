/**
 * Right-to-left text in Discord. Some clients lay a line out left-to-right whatever it holds,
 * others by its first strong character; either way a line mixing Arabic with Latin names,
 * numbers and brackets garbles: "R2" jumps, "[1]" lands on the wrong side. Unicode isolates fix
 * both: an Arabic line is a right-to-left mark (for clients that look at the first strong
 * character) followed by the line in a right-to-left isolate (for clients that do not), and each
 * Latin run inside it is isolated left-to-right. An Arabic run inside English is isolated
 * right-to-left. Checked in Chromium: with this, every Arabic word and the citation marker land in
 * right-to-left order in a left-to-right container, with `unicode-bidi: plaintext` and with
 * `dir="auto"`; without it, the left-to-right container scrambles the line.
 */
import type { Language } from '../core/types';

const RLM = '\u200F';
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

/**
 * A run of Latin letters (accented ones too, precomposed or with combining marks) and digits, with
 * the punctuation that binds them (R2, H100, Huawei Ascend, São Paulo, ¶5). Letters are told by
 * their Unicode script, as the analyser does, not by code-point ranges.
 */
const LATIN_RUN = /[\p{Script=Latin}0-9¶][\p{Script=Latin}\p{M}0-9¶.,'’\- ]*[\p{Script=Latin}\p{M}0-9]|[\p{Script=Latin}0-9¶]/gu;
/**
 * A run of Arabic: every character used in Arabic writing (script extensions, so presentation forms,
 * the supplement letters of Persian, Urdu and Pashto, vowel marks, ، ؛ ؟ and the Arabic-Indic
 * digits count), with the spaces between its words.
 */
const ARABIC_RUN = /\p{scx=Arabic}[\p{scx=Arabic}\s]*\p{scx=Arabic}|\p{scx=Arabic}/gu;

/** Text for one line of a Discord message in `language`, with its direction made explicit. */
export function directional(text: string, language: Language): string {
  return text
    .split('\n')
    .map((line) =>
      language === 'ar'
        ? `${RLM}${RLI}${line.replace(LATIN_RUN, (run) => `${LRI}${run}${PDI}`)}${PDI}`
        : line.replace(ARABIC_RUN, (run) => `${RLI}${run}${PDI}`),
    )
    .join('\n');
}

/** Isolates text whose direction is unknown (a user's question) so it cannot reorder what follows. */
export function isolate(text: string): string {
  return `\u2068${text}${PDI}`;
}
