/**
 * A message typed with the input method off (「riyou shinsei ga kanryou shiteiruka dokode kakunin dekimasuka」) read
 * in kana, so the readings and the vocabulary find its words as they find a message typed in hiragana. wanakana
 * converts; this module decides what: a message with enough romaji words in it (fewer in one with no Japanese character
 * at all), and in it only the words that are romaji whole (「pasokon」→「ぱそこん」), never a Latin word that is not (KJ, ID,
 * client, Windows stay).
 */
import { toHiragana } from 'wanakana';

/**
 * Least words of ROMAJI_WORD_LETTERS letters or more that are romaji whole for a message to be read as romaji: short
 * English words are romaji too (can, use, on, a), long ones seldom are, and a romaji question has two (pasuwaado wasureta).
 */
const LEAST_ROMAJI_WORDS = 2;
const ROMAJI_WORD_LETTERS = 4;
/** The same among Japanese characters: three long romaji words, or two with a romaji particle or verb ending. */
const LEAST_MIXED_ROMAJI_WORDS = 3;
/**
 * …or one romaji word of LONE_WORD_LETTERS letters or more with a Japanese particle right after it (「riyoushinseiのやり方」
 * 「shoumeishoが入らない」): a name typed in Latin letters seldom is romaji whole that long (Safari, Adobe are shorter; Firefox,
 * Windows hold letters no romaji word has).
 */
const LONE_WORD_LETTERS = 8;
/** A Japanese particle opening what follows a romaji word (「…のやり方」「…が入らない」). */
const JAPANESE_PARTICLE_AFTER = /^(?:の|が|を|は|に|も|で|って)/;
/**
 * Particles typed in romaji that are no English word: with one of them, one long romaji word is enough (「kj no password
 * wasureta」「shoumeisho ga nai」). Not to, de, he: 「how to install」.
 */
const ROMAJI_PARTICLE = /^(?:no|ga|wo|wa|ni|mo)$/;
/**
 * A verb or adjective ending typed in romaji (wasureta, dekinai, tsukaemasu, shitenai): like a particle, with one of them
 * one long romaji word is enough (「cert password wasureta」「install dekinai」). Words of VERB_LETTERS letters or more
 * only: short English words end so too (data, manta).
 */
const ROMAJI_VERB = /(?:ta|nai|masu|masen|desu|teru|tai|reru|dekiru|kamo)$/;
const VERB_LETTERS = 6;
/** Letters no romaji word has: l, q, x, and c except in ch. */
const NOT_ROMAJI = /[lqx]|c(?!h)/i;

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
/** A Latin word with what may join it (e-Tax, Windows11, gBizID), or what lies between words. */
const WORD = /[A-Za-z0-9'][A-Za-z0-9'._-]*|[^A-Za-z0-9']+/g;
const KANA_ONLY = /^[\u3041-\u309fー]+$/;
/**
 * A hyphen after a vowel inside a word (pasuwa-do, yu-za) or at its end (era-): a long vowel typed as on the kana
 * keyboard, in a word of four letters or more or one that ends on it (not e-tax, whose kana would keep a Latin letter).
 */
const LONG_VOWEL_WORD = /^(?:(?=(?:[A-Za-z']-?){4})[A-Za-z']*[aiueo](?:-[A-Za-z']+)+-?|[A-Za-z']*[aiueo]-)$/;
/**
 * What a word that counts towards LEAST_ROMAJI_WORDS is made of, ROMAJI_WORD_LETTERS long: letters and apostrophes,
 * and hyphens for a long vowel. A message without it converts none, so it is never read as romaji (the least is 2).
 */
const COUNTED_WORD = new RegExp(`[A-Za-z'-]{${ROMAJI_WORD_LETTERS}}`);

/** A piece of the message: a word read in kana (a romaji particle among them) or left as typed, or what lies between. */
interface RomajiPart {
  text: string;
  kana: boolean;
  particle?: boolean;
}

/** Latin words written with a hyphen between two of their parts that would read as kana. */
const LATIN_HYPHENATED = new Set(['wi-fi', 'hi-fi']);

/**
 * The message with its romaji words in hiragana and the rest as typed (a space kept only next to a Latin word left as
 * it is), or null when it has fewer than LEAST_ROMAJI_WORDS long romaji words (one with a romaji particle or a verb's
 * ending), or among Japanese characters fewer than LEAST_MIXED_ROMAJI_WORDS (two with a particle or an ending).
 */
export function kanaFromRomaji(message: string): string | null {
  // Every message is read here first, and most hold no Latin word long enough to count: those are not cut into words.
  if (!COUNTED_WORD.test(message)) return null;
  // Romaji among Japanese (「licenseってjigyousho bangou goto ni hitsuyou?」) needs more of it: a Latin word or two there is
  // mostly a name (Safari, Adobe).
  const mixed = JAPANESE.test(message);
  let converted = 0;
  let particles = 0;
  let verbs = 0;
  let anchored = 0;
  const words = message.match(WORD) ?? [];
  const parts = words.map((part, i): RomajiPart => {
    if (ROMAJI_PARTICLE.test(part.toLowerCase())) particles += 1;
    // A hyphen after a vowel is a long vowel (LONG_VOWEL_WORD).
    if (!/^[A-Za-z']+$/.test(part) && !(LONG_VOWEL_WORD.test(part) && !LATIN_HYPHENATED.has(part.toLowerCase()))) return { text: part, kana: false };
    // Letters Hepburn romaji never types (l, q, x, a c not in ch) make an English word (login, install), whatever kana
    // wanakana would make of them (「ぉぎん」).
    if (NOT_ROMAJI.test(part)) return { text: part, kana: false };
    // A doubled a, e or o is a long vowel of a loanword (pasuwaado, deeta, daunroodo): ー, as the articles write them.
    const kana = toHiragana(part.toLowerCase().replace(/([aeo])\1/g, '$1-'));
    if (!KANA_ONLY.test(kana)) return { text: part, kana: false };
    if (part.length >= ROMAJI_WORD_LETTERS) converted += 1;
    if (part.length >= VERB_LETTERS && ROMAJI_VERB.test(part.toLowerCase())) verbs += 1;
    if (part.length >= LONE_WORD_LETTERS && JAPANESE_PARTICLE_AFTER.test(words[i + 1] ?? '')) anchored += 1;
    return { text: kana, kana: true, particle: ROMAJI_PARTICLE.test(part.toLowerCase()) };
  });
  // With a particle or a verb's ending, one long romaji word fewer is enough.
  const least = mixed ? LEAST_MIXED_ROMAJI_WORDS : LEAST_ROMAJI_WORDS;
  if (converted < least && !(converted === least - 1 && particles + verbs > 0) && !(mixed && anchored > 0)) return null;
  // Japanese runs words together: a space between two words read in kana goes, and so does one between a particle and a
  // Latin word (「kj no id」 → 「kjのid」, as the lexicon writes KJのID).
  const latin = (p: RomajiPart | undefined) => p !== undefined && !p.kana && /^[A-Za-z0-9]/.test(p.text);
  const particle = (p: RomajiPart | undefined) => p?.particle === true;
  const joins = (a: RomajiPart | undefined, b: RomajiPart | undefined) => (a?.kana && b?.kana) || (particle(a) && latin(b)) || (latin(a) && particle(b));
  return parts.map((p, i) => (/^\s+$/.test(p.text) && joins(parts[i - 1], parts[i + 1]) ? '' : p.text)).join('');
}
