import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersSchema, type Answers } from '@/domain/answers';
import { readAnswersFile } from '@/domain/answers-file';
import { LANGUAGES } from '@/domain/options';
import { loadTemplate, TEMPLATES_DIR } from '@/document/load-node';
import type { Locale, TemplateBundle } from '@/document/template';
import { nodeText } from '@/document/text';
import type { RootContent } from 'mdast';

export const LOCALES: readonly Locale[] = LANGUAGES;
export const TODAY = '2026-11-24';

export const bundles = Object.fromEntries(LOCALES.map((locale) => [locale, loadTemplate(locale)])) as Record<
  Locale,
  TemplateBundle
>;

export const EXAMPLES_DIR = join(TEMPLATES_DIR, 'examples');

export interface Example {
  name: string;
  answers: Answers;
}

export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const result = readAnswersFile(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
      if (!result.ok)
        throw new Error(`${file}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      return { name: file.replace(/\.json$/, ''), answers: result.answers };
    });
}

/** Every list holds an item and every flag is on: a scope in which every template path resolves. */
export const maximalAnswers: Answers = answersSchema().parse({
  organisation: {
    name: 'Max',
    networks: ['facebook', 'other'],
    otherNetworks: ['Strava'],
    audiences: ['volunteers'],
    listed: true,
    unionised: true,
  },
  policy: {
    revisions: [{ version: '0.9', date: '2025-01-01', changes: 'x' }],
    owner: { name: 'A', function: 'B', email: 'a@b.dk' },
    relatedPolicies: ['Code of conduct'],
  },
  roles: {
    accounts: [{}],
    responsibilities: [{ area: 'posting' }],
    spokespeople: 'x',
    employeesMayShare: true,
    houseRules: true,
  },
  security: { twoFactor: true, removeAccessSameDay: true },
  crisis: { contacts: [{}] },
  legal: { dataSubjects: ['customers'], confidentialExamples: ['x'], testimonials: true },
  personal: { wearsUniform: true },
  advocacy: { programme: true, incentives: true },
  rollout: {
    stakeholders: [{}],
    locations: ['intranet'],
    keyChanges: ['x'],
    launch: 'update',
    audits: true,
    training: true,
  },
});

/**
 * A 40-person bakery that answered what the wizard requires and nothing more, in a language of
 * the document: the organisation issue 11 has in mind when it asks for "a handful of pages".
 */
export function smallShopAnswers(language: Locale, length: Answers['policy']['length'] = 'compact'): Answers {
  const owner = { name: 'Mette Holm', email: 'mette@korn.example' };
  return answersSchema().parse({
    organisation: {
      name: 'Bageriet Korn ApS',
      country: 'DK',
      sector: 'private',
      sizeBand: '25to49',
      networks: ['facebook', 'instagram'],
    },
    policy: { language, length, owner },
    roles: { spokespeople: 'Mette Holm' },
    security: { reportTo: owner },
    crisis: { contacts: [{ role: 'management', ...owner, phone: '+45 20 30 40 50' }] },
  });
}

/**
 * The text of one clause of a rendered body, by its id: what lies between its heading and the next
 * clause or section heading, one block per line. Throws if the body has no such clause.
 */
export function clauseText(nodes: readonly RootContent[], clauseId: string): string {
  const start = nodes.findIndex((node) => node.type === 'heading' && node.data?.clauseId === clauseId);
  if (start === -1) throw new Error(`No clause ${clauseId} in the policy`);
  const end = nodes.findIndex((node, index) => index > start && node.type === 'heading' && node.depth <= 2);
  return nodes
    .slice(start + 1, end === -1 ? undefined : end)
    .map(nodeText)
    .join('\n');
}
