// Runs of CJK ideographs (the basic block, extension A, compatibility ideographs, and the
// supplementary-plane extensions), and runs of ASCII letters and digits.
const IDEOGRAPH_RUNS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{323af}]+/gu;
const WORDS = /[a-z0-9]+/g;

/**
 * The features two texts are compared by, for 类案推送: each run of Chinese characters gives its
 * overlapping character bigrams (a lone character stays a unigram), each run of ASCII letters and
 * digits stays a whole word, lower-cased; anything else separates. NFKC first, so full-width
 * ｄｉｇｉｔｓ and compatibility ideographs read as their ordinary forms. Distinct, sorted.
 *
 * Bigrams because most Chinese words are two characters: "补偿款" shares "补偿" with "补偿标准",
 * where character trigrams would share nothing (this is Lucene's CJKBigramFilter scheme).
 */
export function textGrams(text: string): string[] {
  const normalized = text.normalize('NFKC');
  const grams = new Set<string>();
  for (const [run] of normalized.matchAll(IDEOGRAPH_RUNS)) {
    const characters = [...run];
    if (characters.length === 1) grams.add(characters[0]!);
    for (let index = 0; index + 1 < characters.length; index++) grams.add(characters[index]! + characters[index + 1]!);
  }
  for (const [word] of normalized.toLowerCase().matchAll(WORDS)) grams.add(word);
  return [...grams].sort();
}
