/**
 * French joins a preposition to the word after it: "de" + "le service" is "du service", "à" +
 * "les RH" is "aux RH", "de" + "Ateliers Boréal" is "d’Ateliers Boréal". A template sentence can't
 * know what an answer starts with, so the French renderer joins them when it fills a placeholder
 * ("d’Ateliers", with the typographic apostrophe the template's words get):
 * `before` is the text up to the placeholder, `value` what goes in it.
 */

/** A word that starts with a vowel sound: French elides "de" and "que" before it (h is left alone: it may be aspirated). */
const VOWEL_START = /^[aeiouyàâäéèêëîïôöùûü]/i;
const ARTICLE = /^(le|les) (?=\S)/i;

export function joinFrench(before: string, value: string): { before: string; value: string } {
  const preposition = /(^|[\s(«\u00a0])(de|à|que) $/i.exec(before);
  if (!preposition) return { before, value };
  const word = preposition[2] ?? '';
  const head = before.slice(0, before.length - word.length - 1);
  const capital = word[0] !== word[0]?.toLowerCase();
  const cased = (text: string) => (capital ? text[0]?.toUpperCase() + text.slice(1) : text);
  const lower = word.toLowerCase();

  const article = ARTICLE.exec(value)?.[1]?.toLowerCase();
  if (article && lower !== 'que') {
    const joined = lower === 'de' ? (article === 'le' ? 'du' : 'des') : article === 'le' ? 'au' : 'aux';
    return { before: `${head}${cased(joined)} `, value: value.slice(article.length + 1) };
  }
  if (lower !== 'à' && VOWEL_START.test(value))
    // The template's own words are typeset with ’ (frenchTypography), so the elided word is too.
    return { before: `${head}${cased(lower === 'que' ? 'qu’' : 'd’')}`, value };
  return { before, value };
}

const NBSP = '\u00a0';

/**
 * Quebec typography for the French template's own words: typographic apostrophes, and
 * non-breaking spaces inside « guillemets » and before a colon, so that no mark is left alone at
 * the start of a line. Condition and note lines (`:::`) are left as they are. The template is
 * written with straight apostrophes, which are easier to type and to search.
 */
export function frenchTypography(source: string): string {
  return source
    .split('\n')
    .map((line) => (line.trimStart().startsWith(':::') ? line : typesetLine(line)))
    .join('\n');
}

function typesetLine(line: string): string {
  return spaceGuillemets(line)
    .replace(/(\p{L})'(?=[\p{L}\d])/gu, '$1’')
    .replace(/ :(?=\s|$)/g, `${NBSP}:`);
}

/** Non-breaking spaces inside « guillemets »; also for answers, which may hold a quoted name. */
export function spaceGuillemets(text: string): string {
  return text.replace(/« /g, `«${NBSP}`).replace(/ »/g, `${NBSP}»`);
}
