import type { PhrasingContent, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { answersSchema, defaultAnswers } from '@/domain/answers';
import { renderPolicy } from '@/document/render';
import { addMonths } from '@/document/scope';
import { writeMarkdown } from '@/document/writers/markdown';
import { bundles, LOCALES, maximalAnswers, TODAY } from '../support/templates';

function texts(nodes: readonly RootContent[]): string[] {
  return nodes.flatMap((node) =>
    'value' in node ? [node.value] : 'children' in node ? texts(node.children as RootContent[]) : [],
  );
}

describe.each(LOCALES)('an empty answer set (%s)', (locale) => {
  const policy = renderPolicy({ answers: defaultAnswers(), bundle: bundles[locale], today: TODAY });
  const markdown = writeMarkdown(policy);

  it('renders every section, numbered in order', () => {
    const sections = policy.body.children.filter((node) => node.type === 'heading' && node.depth === 1);
    expect(sections.length).toBe(bundles[locale].sections.length);
    sections.forEach((section, index) =>
      expect(texts([section])[0]).toMatch(new RegExp(`^${index + 1}\\. \\S`)),
    );
  });

  it('never shows undefined, null, a raw placeholder or a directive', () => {
    // Whole words: French writes « nulle part ».
    expect(markdown).not.toMatch(/\b(undefined|null|NaN)\b|\[object |\{\{|\}\}|^:::/m);
  });

  it('leaves no empty list item, table cell, paragraph or heading, and no dangling punctuation', () => {
    const problems: string[] = [];
    const visit = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        if (
          ['listItem', 'tableCell', 'paragraph', 'heading'].includes(node.type) &&
          texts([node]).join('').trim() === ''
        )
          problems.push(`empty ${node.type}`);
        if ('children' in node) visit(node.children as RootContent[]);
      }
    };
    visit(policy.body.children);
    expect(problems).toEqual([]);
    const prose = markdown.split('\n').filter((line) => !line.startsWith('|'));
    expect(prose.filter((line) => / [.,:;]|\( ?\)|\S {2,}\S/.test(line))).toEqual([]);
  });

  it('uses neutral wording for the organisation', () => {
    expect(markdown).toContain(bundles[locale].strings.organisationFallback);
  });
});

describe('renderPolicy', () => {
  it('takes the date from its caller, never the clock', () => {
    const policy = renderPolicy({ answers: defaultAnswers(), bundle: bundles.en, today: '2031-05-17' });
    expect(policy.effectiveDate).toBe('2031-05-17');
    expect(policy.titleBlock.map((row) => row.value)).toContain('17 May 2031');
    expect(policy.titleBlock.map((row) => row.value)).toContain('17 May 2032');
  });

  it('names other networks only while "other" is chosen', () => {
    const render = (networks: string[]) =>
      writeMarkdown(
        renderPolicy({
          answers: answersSchema().parse({ organisation: { networks, otherNetworks: ['Strava'] } }),
          bundle: bundles.en,
          today: TODAY,
        }),
      );
    expect(render(['linkedin', 'other'])).toContain('Strava');
    expect(render(['linkedin'])).not.toContain('Strava');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() =>
      renderPolicy({ answers: defaultAnswers(), bundle: bundles.en, today: '17/05/2031' }),
    ).toThrow(/YYYY-MM-DD/);
  });

  it('writes dates in the document language', () => {
    const answers = answersSchema().parse({ policy: { effectiveDate: '2027-03-01' } });
    expect(renderPolicy({ answers, bundle: bundles.da, today: TODAY }).titleBlock[1]?.value).toBe(
      '1. marts 2027',
    );
    expect(renderPolicy({ answers, bundle: bundles.en, today: TODAY }).titleBlock[1]?.value).toBe(
      '1 March 2027',
    );
  });

  it('works out the next review from the cadence unless a date is given', () => {
    const quarterly = answersSchema().parse({
      policy: { effectiveDate: '2027-01-31' },
      rollout: { reviewCadence: 'quarterly' },
    });
    expect(renderPolicy({ answers: quarterly, bundle: bundles.en, today: TODAY }).titleBlock[3]?.value).toBe(
      '30 April 2027',
    );
    const fixed = answersSchema().parse({ rollout: { nextReviewDate: '2027-09-01' } });
    expect(renderPolicy({ answers: fixed, bundle: bundles.en, today: TODAY }).titleBlock[3]?.value).toBe(
      '1 September 2027',
    );
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('claims nothing the user did not choose: an unanswered statement question leaves its clause out', () => {
    const render = (input: object) =>
      writeMarkdown(
        renderPolicy({ answers: answersSchema().parse(input), bundle: bundles.en, today: TODAY }),
      );
    // Each choice and a sentence that only that choice prints.
    const claims: [object, string][] = [
      [
        { roles: { customerEnquiries: { responseTime: 'oneWorkingDay' } } },
        'We reply within one working day',
      ],
      [{ roles: { approval: { scope: 'sensitivePosts' } } }, 'Sensitive posts must be approved by'],
      [{ security: { softwareUpdates: 'weekly' } }, 'are updated every week'],
      [{ security: { devices: 'any' } }, 'from whichever device suits you best'],
      [
        { security: { personalUseAtWork: 'notAllowed' } },
        'You may not use your personal social media profiles',
      ],
      [
        { security: { passwordChange: 'yearly' } },
        'We change the passwords for our official accounts once a year',
      ],
      [
        { personal: { workplaceContent: 'notAllowed' } },
        'We ask you not to share photos or videos from the workplace',
      ],
      [{ personal: { employerInBio: 'notAllowed' } }, 'We ask you not to name us in your personal profiles'],
      [{ advocacy: { engageWithMentions: 'no' } }, 'Official replies, likes and shares come from'],
      // Yes/no answers: "yes" and "no" each state something about the organisation.
      [{ roles: { employeesMayShare: true } }, 'You are very welcome to share, like and comment'],
      [{ roles: { employeesMayShare: false } }, 'we ask you not to share our posts and news'],
      [{ roles: { houseRules: true } }, 'We have published house rules'],
      [{ roles: { houseRules: false } }, 'We have not published house rules'],
      [{ security: { twoFactor: true } }, 'Two-factor authentication is switched on for all'],
      [{ security: { removeAccessSameDay: true } }, 'on the day they leave at the latest'],
      [{ rollout: { audits: true } }, 'We regularly search the social networks for accounts'],
      [{ rollout: { training: true } }, 'We offer a short introduction to the policy'],
      [{ rollout: { training: false } }, "We don't run a separate course on the policy"],
    ];
    const unanswered = render({});
    for (const [input, claim] of claims) {
      expect(render(input), claim).toContain(claim);
      expect(unanswered, claim).not.toContain(claim);
    }
  });

  it('names the state laws of the states a US private employer has staff in, and only those', () => {
    const render = (organisation: object) =>
      writeMarkdown(
        renderPolicy({ answers: answersSchema().parse({ organisation }), bundle: bundles.en, today: TODAY }),
      );
    const newYork = render({ country: 'US', sector: 'private', usStates: ['NY'] });
    expect(newYork).toContain('Civil Rights Law section 52-c');
    expect(newYork).toContain('Labor Law section 201-d');
    expect(newYork).not.toContain('section 31-51q');
    expect(newYork).not.toContain('for example in New York, Connecticut and Delaware');
    const elsewhere = render({ country: 'US', sector: 'private', usStates: [] });
    expect(elsewhere).toContain('for example in New York, Connecticut and Delaware');
    expect(elsewhere).not.toContain('Some states protect more');
    // A public employer's staff speak as citizens under the First Amendment: no private-sector state list.
    expect(render({ country: 'US', sector: 'public', usStates: ['NY'] })).not.toContain(
      'Labor Law section 201-d',
    );
  });

  it('keeps whole clauses in or out on the answers', () => {
    const render = (organisation: object, locale: 'da' | 'en' = 'da') =>
      writeMarkdown(
        renderPolicy({
          answers: answersSchema().parse({ organisation }),
          bundle: bundles[locale],
          today: TODAY,
        }),
      );
    const publicDk = render({ country: 'DK', sector: 'public' });
    const privateDk = render({ country: 'DK', sector: 'private' });
    expect(publicDk).toMatch(/ytringsfrihed/i);
    expect(privateDk).not.toMatch(/ytringsfrihed som offentligt ansat/i);
    expect(render({ country: 'DK', sector: 'education', publiclyOwned: true })).toMatch(
      /ytringsfrihed som offentligt ansat/i,
    );
    // The duty to run an internal scheme starts at 50 employees; the national channel is open to all.
    const internalDuty = /pligt til at have en intern whistleblowerordning/i;
    expect(render({ country: 'DK', sizeBand: '50to249' })).toMatch(internalDuty);
    expect(render({ country: 'DK', sizeBand: '25to49' })).not.toMatch(internalDuty);
    expect(render({ country: 'DK', sizeBand: '25to49' })).toMatch(
      /Datatilsynets nationale whistleblowerordning/,
    );
  });
});

describe('table cells', () => {
  it.each(LOCALES)('%s: start with a capital, unless an address, handle or link', (locale) => {
    const policy = renderPolicy({ answers: maximalAnswers, bundle: bundles[locale], today: TODAY });
    const cells = policy.body.children.flatMap((node) =>
      node.type === 'table'
        ? node.children.flatMap((row) => row.children.map((cell) => cellText(cell.children).trim()))
        : [],
    );
    expect(cells.length).toBeGreaterThan(10);
    const lowercase = cells.filter((text) => /^\p{Ll}/u.test(text) && !/^\S*(?:[@/]|\.\w)/.test(text));
    expect(lowercase).toEqual([]);
  });
});

function cellText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? cellText(node.children) : ''))
    .join('');
}
