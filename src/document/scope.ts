import type { Answers } from '@/domain/answers';
import { FIELD_TERM_GROUP, type TermGroup } from '@/domain/options';
import { withRecommendedPractice } from '@/domain/recommended';
import { answersIn } from '@/domain/translations';
import { annexLetters, type AnnexId } from './annexes';
import type { TemplateBundle } from './template';
import { cleanBlockText, cleanInline } from './text';

/**
 * What templates can read: the answers, plus the `derived.*` values worked out here from the
 * answers, the template's own words and the date the document is made. Nothing is read from
 * the clock or the environment: `today` is passed in.
 */

export interface Revision {
  version: string;
  date: string;
  changes: string;
}

export interface CrisisContact {
  role: string;
  name: string;
  phone: string;
  email: string;
  backup: string;
}

export interface Derived {
  organisation: string;
  title: string;
  /** `policy.version`, or 1.0 when it cleans away to nothing. */
  version: string;
  today: string;
  effectiveDate: string;
  nextReviewDate: string;
  networkNames: string[];
  revisions: Revision[];
  /**
   * The crisis contacts with each role as printed: the role's label, or the user's own name for
   * it when the role is "other" (empty when she gave none, rather than the bare word "other").
   */
  crisisContacts: CrisisContact[];
  ownerContact: string;
  /**
   * Who owns the policy, as its clauses name the owner: the owner's function, else the owner's name
   * (the person the title block names); empty when neither is given.
   */
  owner: string;
  /** A public authority, or publicly owned: public employees' rights and duties apply. */
  publicEmployer: boolean;
  /** Whom the organisation serves, in the sector's own word: customers, patients, students … */
  served: string;
  /** The same for one person: a customer, a patient … */
  servedOne: string;
  /**
   * A university or college: academic freedom, faculty accounts and research apply. Known only when
   * the user ticks students (and not pupils) among the people whose data staff handle: a school, or
   * an education organisation that hasn't said which it is, is never told it has academic freedom.
   */
  higherEducation: boolean;
  /** A Danish public employer: public-sector free speech, records and neutrality apply. */
  dkPublic: boolean;
  /** Denmark or another EU member state: the GDPR and EU directives apply. */
  eu: boolean;
  /** A private US employer: the NLRA protects employees' concerted activity. */
  usPrivate: boolean;
  /** A US public employer: the First Amendment, not the NLRA; public records. */
  usPublic: boolean;
  /** EU whistleblowing directive: an internal channel is mandatory from 50 employees. */
  whistleblowerDuty: boolean;
  /** Ontario, 25 employees or more: a written electronic-monitoring policy is required. */
  ontarioMonitoringDuty: boolean;
  /** The letter of each annex the policy has ("A"); absent when it has none of that kind. */
  annex: Partial<Record<AnnexId, string>>;
}

export interface Scope {
  answers: Answers;
  derived: Derived;
  bundle: TemplateBundle;
}

const CADENCE_MONTHS = { yearly: 12, halfYearly: 6, quarterly: 3 } as const;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The ISO date `months` months after `iso`, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Every text answer made safe to show as one line (see `cleanInline`), once, before use; the
 * user's own wording keeps its line breaks, its paragraphs and lists (`cleanBlockText`).
 */
function cleanAnswers<T>(value: T, clean: (text: string) => string = cleanInline): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((inner) => cleanAnswers(inner, clean)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        cleanAnswers(inner, key === 'wording' ? cleanBlockText : clean),
      ]),
    ) as T;
  return value;
}

/**
 * The answers each derived value is made from (as `buildScope` below makes it), so that a clause
 * reading `derived.ownerContact` is known to change with the owner's name and e-mail.
 */
export const DERIVED_FROM: Record<keyof Derived, readonly string[]> = {
  organisation: ['organisation.name'],
  title: ['policy.title'],
  version: ['policy.version'],
  today: [],
  effectiveDate: ['policy.effectiveDate'],
  nextReviewDate: ['rollout.nextReviewDate', 'rollout.reviewCadence', 'policy.effectiveDate'],
  networkNames: ['organisation.networks', 'organisation.otherNetworks'],
  revisions: [
    'policy.revisions',
    'policy.version',
    'policy.effectiveDate',
    'rollout.launch',
    'rollout.keyChanges',
  ],
  crisisContacts: ['crisis.contacts'],
  ownerContact: ['policy.owner'],
  owner: ['policy.owner'],
  publicEmployer: ['organisation.sector', 'organisation.publiclyOwned'],
  served: ['organisation.sector'],
  servedOne: ['organisation.sector'],
  higherEducation: ['organisation.sector', 'legal.dataSubjects'],
  dkPublic: ['organisation.country', 'organisation.sector', 'organisation.publiclyOwned'],
  eu: ['organisation.country'],
  usPrivate: ['organisation.country', 'organisation.sector', 'organisation.publiclyOwned'],
  usPublic: ['organisation.country', 'organisation.sector', 'organisation.publiclyOwned'],
  whistleblowerDuty: ['organisation.country', 'organisation.sizeBand'],
  ontarioMonitoringDuty: ['organisation.country', 'organisation.province', 'organisation.sizeBand'],
  annex: [],
};

export function buildScope(rawAnswers: Answers, bundle: TemplateBundle, today: string): Scope {
  if (!ISO_DATE.test(today)) throw new Error(`The document date must be YYYY-MM-DD, not "${today}"`);
  // The free text in the document's language where the user gave it (keyed by the text as typed,
  // so before cleaning); "Use recommended practice" becomes the rule it stands for before any
  // condition reads it.
  const answers = withRecommendedPractice(cleanAnswers(answersIn(rawAnswers, bundle.locale)));
  const { organisation, policy, rollout } = answers;
  const effectiveDate = policy.effectiveDate || today;
  const version = policy.version || '1.0';
  const owner = policy.owner;
  const ownerName = owner.name || owner.function;

  const networkNames = [
    ...organisation.networks.filter((n) => n !== 'other').map((n) => bundle.terms.network[n] ?? n),
    // Typed names stay in the answers when "other" is unticked, but then they are not used.
    ...(organisation.networks.includes('other') ? organisation.otherNetworks.filter(Boolean) : []),
  ];

  // Key changes are asked for an update only; a new policy with no history is the first edition.
  const currentChanges =
    rollout.launch === 'update'
      ? rollout.keyChanges.filter(Boolean).join('; ')
      : policy.revisions.length === 0
        ? bundle.strings.firstVersion
        : '';

  const { country } = organisation;
  const publicEmployer = organisation.sector === 'public' || organisation.publiclyOwned;
  const eu = country === 'DK' || country === 'EU';

  return {
    answers,
    bundle,
    derived: {
      organisation: organisation.name || bundle.strings.organisationFallback,
      title: policy.title || bundle.strings.defaultTitle,
      version,
      today,
      effectiveDate,
      nextReviewDate:
        rollout.nextReviewDate || addMonths(effectiveDate, CADENCE_MONTHS[rollout.reviewCadence]),
      networkNames,
      revisions: [...policy.revisions, { version, date: effectiveDate, changes: currentChanges }],
      crisisContacts: answers.crisis.contacts.map(({ role, roleName, ...contact }) => ({
        ...contact,
        role: role === 'other' ? roleName : (bundle.terms.crisisRole[role] ?? role),
      })),
      ownerContact: [ownerName, owner.email].filter(Boolean).join(', '),
      owner: owner.function || owner.name,
      publicEmployer,
      served: bundle.terms.served[organisation.sector] ?? '',
      servedOne: bundle.terms.servedOne[organisation.sector] ?? '',
      higherEducation:
        organisation.sector === 'education' &&
        answers.legal.dataSubjects.includes('students') &&
        !answers.legal.dataSubjects.includes('pupils'),
      dkPublic: country === 'DK' && publicEmployer,
      eu,
      usPrivate: country === 'US' && !publicEmployer,
      usPublic: country === 'US' && publicEmployer,
      whistleblowerDuty: eu && (organisation.sizeBand === '50to249' || organisation.sizeBand === '250plus'),
      ontarioMonitoringDuty:
        country === 'CA' && organisation.province === 'ON' && organisation.sizeBand !== 'under25',
      annex: annexLetters(answers),
    },
  };
}

/** The value at a dotted path (`roles.accounts.0.owner`, `derived.title`), or undefined. */
export function lookupPath(scope: Scope, path: string): unknown {
  const [head, ...rest] = path.split('.');
  let value: unknown =
    head === 'derived' ? scope.derived : (scope.answers as Record<string, unknown>)[head ?? ''];
  for (const key of rest) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The term group for the field a path ends in (`roles.accounts.0.network` → `network`). */
export function termGroupOf(path: string): TermGroup | undefined {
  const field = path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .pop();
  return field === undefined ? undefined : FIELD_TERM_GROUP[field];
}
