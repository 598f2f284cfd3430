import { describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/answers';
import { SECTORS } from '@/domain/options';
import { bundleFor, documentLanguage, europeanFrench, prose, rewriteSection } from '@/document/dialect';
import { readDialectFiles, readTemplateFiles } from '@/document/load-node';
import { renderPolicy } from '@/document/render';
import { bundleFromFiles, TemplateError } from '@/document/template';
import { writeDocx } from '@/document/writers/docx';
import { writeMarkdown } from '@/document/writers/markdown';
import { unzipDocx } from '../support/docx';
import { bundles, maximalAnswers } from '../support/templates';

/**
 * English for a US organisation: the template's own words in US English (templates/en/en-US.json),
 * US quotation marks, dates and lists, while the answers stay exactly as the user typed them.
 */

const TODAY = '2027-01-04';
const TYPED_NAME = 'Organisation Ltd';
const TYPED_DISCLAIMER = 'My colour, my behaviour, my organisation – 4 January 2027';
const { words } = bundles.en.dialects?.['en-US'] ?? { words: {} };

function answersFor(
  country: Answers['organisation']['country'],
  sector: Answers['organisation']['sector'],
  publiclyOwned = false,
): Answers {
  return {
    ...maximalAnswers,
    organisation: { ...maximalAnswers.organisation, name: TYPED_NAME, country, sector, publiclyOwned },
    policy: { ...maximalAnswers.policy, effectiveDate: TODAY, language: 'en' },
    personal: { ...maximalAnswers.personal, employerInBio: 'withDisclaimer', disclaimer: TYPED_DISCLAIMER },
  };
}

const render = (answers: Answers, bundle = bundles.en) => renderPolicy({ answers, bundle, today: TODAY });

/** Every British form of the word map still in a text (whole words; lower-case keys in any case; a phrase may wrap). */
const britishPatterns = [true, false].map((anyCase) => {
  const keys = Object.entries(words)
    .filter(([from, to]) => from !== to && (from === from.toLowerCase()) === anyCase)
    .map(([from]) => from)
    .sort((a, b) => b.length - a.length)
    .map((from) => from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.join('|')})(?![\\p{L}\\p{N}])`, anyCase ? 'giu' : 'gu');
});
/** Keys mapped to themselves protect a phrase ("public holiday"): such a phrase is US English. */
const keptPhrases = Object.entries(words).filter(([from, to]) => from === to && from.includes(' '));

function britishLeft(text: string): string[] {
  let rest = text;
  for (const [phrase] of keptPhrases) rest = rest.replace(new RegExp(phrase.replace(/ /g, '\\s+'), 'gi'), '');
  return britishPatterns.flatMap((pattern) => [...rest.matchAll(pattern)].map((match) => match[0]));
}

const withoutAnswers = (markdown: string) =>
  markdown.replaceAll(TYPED_NAME, '').replaceAll(TYPED_DISCLAIMER, '');

describe('the word map, templates/en/en-US.json', () => {
  it('is read and checked with the English template', () => {
    expect(Object.keys(words).length).toBeGreaterThan(100);
    expect(words.organisation).toBe('organization');
    expect(words['line manager']).toBe('manager');
    expect(words.redundancies).toBe('layoffs');
  });

  it('is refused with its file named when it is broken', () => {
    const files = { ...readTemplateFiles('en'), ...readDialectFiles('en') };
    const broken = (text: string) => () => bundleFromFiles('en', { ...files, 'en-US.json': text });
    expect(broken('{')).toThrow(TemplateError);
    expect(broken('{')).toThrow(/templates\/en\/en-US\.json is not valid JSON/);
    expect(broken('{"words": {"colour": ""}}')).toThrow(/templates\/en\/en-US\.json: words\.colour/);
    expect(broken('{"words": {"col0ur": "color"}}')).toThrow(/templates\/en\/en-US\.json: words\.col0ur/);
    expect(broken('{"words": {"Colour": "Color", "colour": "color"}}')).toThrow(/en-US\.json: .*case/);
    expect(broken('{"words": {}, "extra": 1}')).toThrow(/templates\/en\/en-US\.json/);
    expect(() => bundleFromFiles('en', { ...files, 'en-AU.json': '{"words": {}}' })).toThrow(
      /templates\/en\/en-AU\.json: en-AU is not a known variant of en/,
    );
  });

  it('is kept out of the files both languages share (it has no Danish counterpart)', () => {
    expect(Object.keys(readTemplateFiles('en'))).not.toContain('en-US.json');
    expect(Object.keys(readDialectFiles('en'))).toEqual(['en-US.json']);
  });
});

describe('a US organisation’s policy', () => {
  it('is written in US English (this fails when the dialect is switched off)', () => {
    const policy = render(answersFor('US', 'private'));
    const markdown = writeMarkdown(policy);
    expect(policy.languageTag).toBe('en-US');
    expect(documentLanguage(answersFor('US', 'private'), bundles.en)).toBe('en-US');
    expect(markdown).toMatch(/\borganization\b/);
    expect(markdown).toContain('January 4, 2027');
    expect(policy.titleBlock.find((row) => row.value.includes('2027'))?.value).toBe('January 4, 2027');
    expect(britishLeft(withoutAnswers(markdown))).toEqual([]);
  });

  it.each(SECTORS.flatMap((sector) => [[sector, false] as const, [sector, true] as const]))(
    'has no British words, quotation marks or dates left in the template’s text (%s, publicly owned: %s)',
    (sector, publiclyOwned) => {
      const text = withoutAnswers(writeMarkdown(render(answersFor('US', sector, publiclyOwned))));
      expect(britishLeft(text)).toEqual([]);
      // A British quote opens with ‘; US text opens with “ and only nests ‘ inside a “…”.
      for (const line of text.split('\n')) {
        const firstSingle = line.indexOf('‘');
        if (firstSingle >= 0) expect(line.lastIndexOf('“', firstSingle)).toBeGreaterThanOrEqual(0);
      }
      expect(text).not.toMatch(
        /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/,
      );
    },
  );

  it('is spell-checked as US English in Word', async () => {
    const parts = unzipDocx(await writeDocx(render(answersFor('US', 'private'))));
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="en-US"/>');
    expect(parts['docProps/core.xml']).toContain('<dc:language>en-US</dc:language>');
  });

  it('keeps the answers exactly as typed', () => {
    const markdown = writeMarkdown(render(answersFor('US', 'private')));
    expect(markdown).toContain(TYPED_NAME);
    expect(markdown).toContain(TYPED_DISCLAIMER);
    expect(markdown).not.toContain('Organization Ltd');
  });

  it('joins lists with the serial comma', () => {
    const answers = answersFor('US', 'private');
    const policy = render({
      ...answers,
      organisation: { ...answers.organisation, networks: ['facebook', 'linkedin', 'instagram'] },
    });
    expect(writeMarkdown(policy)).toMatch(/Facebook, LinkedIn, and Instagram/);
  });

  it('is rewritten once per template, not on every render (the live preview)', () => {
    expect(bundleFor(bundles.en, 'en-US')).toBe(bundleFor(bundles.en, 'en-US'));
    expect(bundleFor(bundles.en, 'en-GB')).toBe(bundles.en);
    const us = bundleFor(bundles.en, 'en-US');
    expect(us.terms.sector).not.toBe(bundles.en.terms.sector);
    expect(us.strings.organisationFallback).toBe('the organization');
  });
});

describe('policies outside the US', () => {
  it.each(['UK', 'DK', 'CA', 'EU', 'OTHER'] as const)('are unchanged by the word map (%s)', (country) => {
    const answers = answersFor(country, 'private');
    const policy = render(answers);
    const withoutMap = render(answers, { ...bundles.en, dialects: {} });
    expect(policy.languageTag).toBe('en-GB');
    expect(writeMarkdown(policy)).toBe(writeMarkdown(withoutMap));
    expect(writeMarkdown(policy)).toContain('4 January 2027');
  });

  it('leaves a Danish policy in Danish, for a US organisation too', () => {
    const policy = render(
      { ...answersFor('US', 'private'), policy: { ...maximalAnswers.policy, language: 'da' } },
      bundles.da,
    );
    expect(policy.languageTag).toBe('da-DK');
    expect(bundleFor(bundles.da, documentLanguage(answersFor('US', 'private'), bundles.da))).toBe(bundles.da);
  });
});

describe('the rewrite of template prose', () => {
  const rewrite = prose({
    words: {
      organisation: 'organization',
      'line manager': 'manager',
      'line managers': 'managers',
      CV: 'résumé',
      holiday: 'vacation',
      'public holiday': 'public holiday',
    },
  });

  it('replaces whole words and phrases and keeps their case', () => {
    expect(rewrite('Organisation, organisation, ORGANISATION.')).toBe(
      'Organization, organization, ORGANIZATION.',
    );
    expect(rewrite('Ask your line\nmanager. Line managers decide.')).toBe(
      'Ask your manager. Managers decide.',
    );
    expect(rewrite('organisations reorganisation')).toBe('organisations reorganisation');
    expect(rewrite('Send a CV, not a cv or CVR.')).toBe('Send a résumé, not a cv or CVR.');
    expect(rewrite('a holiday on a public holiday')).toBe('a vacation on a public holiday');
  });

  it('leaves placeholders, directives, links and code alone, but rewrites fallbacks', () => {
    expect(rewrite('{{organisation.name ?? your organisation}} and {{label organisation.sector}}')).toBe(
      '{{organisation.name ?? your organization}} and {{label organisation.sector}}',
    );
    expect(rewriteSection(':::if organisation.listed\nThe organisation\n:::end', rewrite)).toBe(
      ':::if organisation.listed\nThe organization\n:::end',
    );
    expect(rewrite('[the organisation](https://example.org/organisation) `organisation`')).toBe(
      '[the organization](https://example.org/organisation) `organisation`',
    );
  });

  it('turns British quotation marks into US ones, apostrophes and nesting included', () => {
    expect(rewrite('Say ‘I can’t’ or ‘we’re here’ to the employees’ reps.')).toBe(
      'Say “I can’t” or “we’re here” to the employees’ reps.',
    );
    expect(rewrite('She said ‘call it “urgent” now’ and left')).toBe(
      'She said “call it ‘urgent’ now” and left',
    );
    expect(rewrite('under ‘Complying with the law’. Then ‘this’, that')).toBe(
      'under “Complying with the law.” Then “this,” that',
    );
    expect(rewrite('for example ‘#ad’.')).toBe('for example “#ad”.');
    expect(rewrite('‘{{personal.disclaimer ?? Views are my own.}}’')).toBe(
      '“{{personal.disclaimer ?? Views are my own.}}”',
    );
    expect(rewrite('An “already US” quote')).toBe('An “already US” quote');
  });

  it('writes dates month first and closes up dashes', () => {
    expect(rewrite('from 1 January 2027 and on 25 December')).toBe('from January 1, 2027 and on December 25');
    expect(rewrite('Pause – then act. | – | 9–17')).toBe('Pause—then act. | – | 9–17');
  });
});

describe('a French policy for an organisation in Europe', () => {
  const frenchWords = bundles.fr.dialects?.['fr-FR']?.words ?? {};
  const french = (country: Answers['organisation']['country'], answers = answersFor(country, 'private')) =>
    render({ ...answers, policy: { ...answers.policy, language: 'fr' } }, bundles.fr);
  /** A Quebec word of the map still in a text, outside the phrases the map keeps. */
  const quebecLeft = (text: string) => {
    let rest = text;
    for (const [from, to] of Object.entries(frenchWords))
      if (from === to) rest = rest.replace(new RegExp(from.replace(/ /g, '\\s+'), 'giu'), '');
    return Object.entries(frenchWords)
      .filter(([from, to]) => from !== to)
      .flatMap(([from]) => [
        ...rest.matchAll(new RegExp(`(?<![\\p{L}])${from.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu')),
      ])
      .map((match) => match[0]);
  };

  it.each(['DK', 'EU', 'UK'] as const)(
    'is in European French, with a narrow space before ; ! and ? (%s; fails with the variant off)',
    (country) => {
      const policy = french(country);
      const text = withoutAnswers(writeMarkdown(policy));
      expect(policy.languageTag).toBe('fr-FR');
      expect(quebecLeft(text)).toEqual([]);
      expect(text).toMatch(/\bvotre responsable\b/);
      expect(text).not.toMatch(/[\p{L}»][?!;](?=\s|$)/mu);
      expect(text).toContain('\u202f?');
    },
  );

  it.each(['CA', 'US'] as const)('stays in Quebec French in North America (%s)', (country) => {
    const policy = french(country);
    expect(policy.languageTag).toBe('fr-CA');
    expect(writeMarkdown(policy)).toBe(
      writeMarkdown(
        render(
          {
            ...answersFor(country, 'private'),
            policy: { ...answersFor(country, 'private').policy, language: 'fr' },
          },
          { ...bundles.fr, dialects: {} },
        ),
      ),
    );
    expect(writeMarkdown(policy)).toMatch(/\bvotre gestionnaire\b/);
  });

  it('keeps the answers exactly as typed', () => {
    const answers = answersFor('EU', 'private');
    const typed = 'Avisez votre gestionnaire; merci!';
    const markdown = writeMarkdown(
      french('EU', { ...answers, personal: { ...answers.personal, disclaimer: typed } }),
    );
    expect(markdown).toContain(typed);
  });

  it('is spell-checked as French from France in Word', async () => {
    const parts = unzipDocx(await writeDocx(french('EU')));
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="fr-FR"/>');
  });

  it('rewrites whole words only, keeps the password manager, and elides no more', () => {
    const rewrite = europeanFrench({ words: frenchWords });
    expect(rewrite('Avisez votre gestionnaire ou le gestionnaire de mots de passe; pourquoi?')).toBe(
      'Prévenez votre responsable ou le gestionnaire de mots de passe\u202f; pourquoi\u202f?',
    );
    expect(rewrite('un soupçon d’inconduite grave')).toBe('un soupçon de faute grave');
    expect(rewrite('{{legal.legalContact ?? votre gestionnaire}} à https://example.org/?a=1')).toBe(
      '{{legal.legalContact ?? votre responsable}} à https://example.org/?a=1',
    );
  });
});
