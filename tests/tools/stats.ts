/**
 * `npm run stats`: words and readability of every example's policy in every document language
 * (LIX for Danish and French, Flesch Reading Ease for English), for reviewing template changes. Page counts come from
 * `npm run test:libreoffice`, which prints them.
 */
import { renderPolicy } from '@/document/render';
import { readabilityOf } from '@/document/readability';
import { bundles, loadExamples, LOCALES, TODAY } from '../support/templates';

const rows = loadExamples().flatMap((example) =>
  LOCALES.map((locale) => {
    const score = readabilityOf(
      renderPolicy({ answers: example.answers, bundle: bundles[locale], today: TODAY }),
    );
    return {
      example: example.name,
      locale,
      words: score.words,
      'words/sentence': Math.round((score.words / score.sentences) * 10) / 10,
      score: locale === 'en' ? `Flesch ${score.flesch}` : `LIX ${score.lix}`,
    };
  }),
);
console.table(rows);
