import * as z from 'zod/mini';
import { once } from '@/lib/once';
import DEFAULT_ANSWERS from './default-answers.json';
import * as o from './options';

/**
 * The answers an organisation gives, part by part (CONTENT.md parts 0 to 7).
 *
 * Every field has a default, so `answersSchema().parse({})` is a complete (if anonymous) answer
 * set that still renders a sensible policy. What an HR person must really answer before the
 * policy is finished is listed separately in `required.ts`, so a draft can be saved,
 * previewed and rendered at any stage.
 *
 * Written with zod/mini, whose functions tree-shake: the full zod API would add ~85 KB (gzipped)
 * to the app's first download. The schema is built the first time it is used (reading a draft,
 * a file or a page's answers), not as the app loads: building it takes 15-30 ms of a first
 * paint on a laptop, four times that on a phone.
 */

const SHORT_TEXT = 300;
const LONG_TEXT = 10_000;
const MAX_ITEMS = 500;
/** A logo file may be up to 500 KB: ample for a logo, and the draft stays well within the browser's storage. */
export const LOGO_MAX_BYTES = 500 * 1024;
const LOGO_BASE64_LENGTH = Math.ceil(LOGO_MAX_BYTES / 3) * 4;

/* Schemas are immutable: each common field kind is built once and shared by its fields. */
const text = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max)), '');
const shortText = once(() => text(SHORT_TEXT));
const longText = once(() => text(LONG_TEXT));
/**
 * zod's own e-mail pattern, but with letters beyond a–z allowed in the domain: Danish domains
 * such as blåbær.dk are real, and the form deliberately leaves them as typed (see TextInput).
 */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+\p{L}{2,}$/u;
/** An e-mail address, or empty when not given. */
const email = once(() =>
  z._default(z.pipe(z.string().check(z.trim()), z.union([z.literal(''), z.email({ pattern: EMAIL })])), ''),
);
const phone = once(() =>
  z._default(
    z
      .string()
      .check(z.trim(), z.regex(/^[0-9+()\-. ]*$/, 'Use digits, spaces and + ( ) - . only'), z.maxLength(40)),
    '',
  ),
);
/** A calendar date as YYYY-MM-DD, or empty when not given. */
const isoDate = once(() => z._default(z.union([z.literal(''), z.iso.date()]), ''));
const choice = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z._default(z.enum(values), fallback as never);
/**
 * A choice that is empty until picked. Used for every choice whose answer becomes a statement about
 * the organisation ("we reply within a working day", "ask your manager first"): no radio is
 * preselected (GOV.UK), and an unanswered question never turns into a claim – the template then
 * leaves the clause out.
 */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z._default(z.union([z.literal(''), z.enum(values)]), '');
/**
 * A yes/no whose answer becomes a statement about the organisation ("two-factor authentication is
 * on for all our accounts"): empty until answered, like `optionalChoice`, so a default never
 * turns into a claim. Files written when these were plain yes/no answers still fit.
 */
const optionalYes = once(() => z._default(z.union([z.literal(''), z.boolean()]), ''));
/** The same for a technical question, with "I don't know – use recommended practice" (`recommended.ts`). */
const optionalYesOrRecommended = once(() =>
  z._default(z.union([z.literal(''), z.boolean(), z.literal('recommended')]), ''),
);
const yesByDefault = once(() => z._default(z.boolean(), true));
const noByDefault = once(() => z._default(z.boolean(), false));
const yes = (fallback: boolean) => (fallback ? yesByDefault() : noByDefault());
const list = <T extends z.ZodMiniType>(item: T) =>
  z._default(z.array(item).check(z.maxLength(MAX_ITEMS)), []);
/** A list of short texts; items left empty are dropped (after checking, so problems keep their place). */
const textList = once(() =>
  z._default(
    z.pipe(
      z.array(shortText()).check(z.maxLength(MAX_ITEMS)),
      z.transform((items: string[]) => items.filter((item) => item !== '')),
    ),
    [],
  ),
);
/** A set of choices: order kept, duplicates removed. */
const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z._default(
    z.pipe(
      z.array(z.enum(values)).check(z.maxLength(values.length * 2)),
      z.transform((picked: T[number][]) => [...new Set(picked)]),
    ),
    [],
  );
/** A group of answers that fills its own defaults when missing. */
const group = <T extends z.ZodMiniObject>(shape: T) => z.prefault(shape, {} as never);

const organisationSchema = () =>
  z.object({
    name: shortText(),
    country: choice(o.COUNTRIES, 'DK'),
    sector: choice(o.SECTORS, 'private'),
    /** Canada only: the province or territory whose law applies (privacy, monitoring). */
    province: optionalChoice(o.CA_PROVINCES),
    /** US private employers only: the states in `US_STATES_WITH_RULES` where they have employees. */
    usStates: choices(o.US_STATES_WITH_RULES),
    sizeBand: choice(o.SIZE_BANDS, 'under25'),
    /**
     * Publicly owned or run, whatever the sector: a state school or a public hospital is too.
     * A public authority always is, so its employees get the public-sector clauses either way.
     */
    publiclyOwned: yes(false),
    listed: yes(false),
    unionised: yes(false),
    /** Groups the policy covers besides employees. */
    audiences: choices(o.AUDIENCES),
    networks: choices(o.NETWORKS),
    /** Names of networks not in the list, used when `networks` includes "other". */
    otherNetworks: textList(),
  });

/**
 * A logo as the browser read it from the user's file: the bytes in base64 (never a URL, so the
 * policy never fetches anything) and the size in pixels, which the writers scale to fit.
 */
const logoSchema = () =>
  z.object({
    fileName: z.string().check(z.trim(), z.minLength(1), z.maxLength(SHORT_TEXT)),
    mediaType: z.enum(o.LOGO_TYPES),
    data: z.string().check(z.maxLength(LOGO_BASE64_LENGTH), z.regex(/^[A-Za-z0-9+/]+={0,2}$/)),
    width: z.int().check(z.minimum(1), z.maximum(20_000)),
    height: z.int().check(z.minimum(1), z.maximum(20_000)),
  });

const revisionSchema = () =>
  z.object({
    version: shortText(),
    date: isoDate(),
    changes: longText(),
  });

const policySchema = () =>
  z.object({
    language: choice(o.LANGUAGES, 'da'),
    /**
     * The language the free-text answers are written in, once the policy is made in another one as
     * well (`translations.ts`); empty means the policy's own language.
     */
    answersLanguage: optionalChoice(o.LANGUAGES),
    /** Leave empty for the template's own title. */
    title: shortText(),
    version: z.pipe(
      shortText(),
      z.transform((version: string) => version || '1.0'),
    ),
    /** Empty means "the date the document is made". */
    effectiveDate: isoDate(),
    owner: group(
      z.object({
        function: shortText(),
        name: shortText(),
        email: email(),
      }),
    ),
    /** Earlier versions, oldest first; the current version is added by the renderer. */
    revisions: list(revisionSchema()),
    /** The organisation's other policies that this one works with, by their own names. */
    relatedPolicies: textList(),
    /** Who approved this version, printed on the cover; each part empty until given. */
    approval: group(
      z.object({
        name: shortText(),
        role: shortText(),
        date: isoDate(),
      }),
    ),
    classification: optionalChoice(o.CLASSIFICATIONS),
    /** The complete policy or the short one (each clause in its short wording); the same answers either way. */
    length: choice(o.POLICY_LENGTHS, 'complete'),
    /** The organisation's logo for the cover, kept in the draft and the answers file only. */
    logo: z._default(z.nullable(logoSchema()), null),
  });

const accountSchema = () =>
  z.object({
    network: choice(o.NETWORKS, 'other'),
    /** The network's name when it is not in the list (`network` is "other"). */
    networkName: shortText(),
    handle: shortText(),
    purpose: shortText(),
    owner: shortText(),
    backup: shortText(),
  });

const responsibilitySchema = () =>
  z.object({
    area: z.enum(o.RESPONSIBILITY_AREAS),
    who: shortText(),
    email: email(),
    frequency: choice(o.FREQUENCIES, 'asNeeded'),
  });

const rolesSchema = () =>
  z.object({
    accounts: list(accountSchema()),
    responsibilities: list(responsibilitySchema()),
    /** Who may speak for the organisation on social media, e.g. "the communications team and the CEO". */
    spokespeople: shortText(),
    /** Whether employees may share official posts and news in their own name. */
    employeesMayShare: optionalYes(),
    approval: group(
      z.object({
        scope: optionalChoice(o.APPROVAL_SCOPES),
        approver: shortText(),
        /** How soon a post sent for approval gets an answer; empty when no target is set. */
        turnaround: optionalChoice(o.RESPONSE_TIMES),
      }),
    ),
    customerEnquiries: group(
      z.object({
        handledBy: shortText(),
        responseTime: optionalChoice(o.RESPONSE_TIMES),
      }),
    ),
    /** Published house rules for comments on official pages. */
    houseRules: optionalYes(),
    /** A chatbot or automated replies answer messages on the official accounts. */
    chatbot: yes(false),
  });

const securitySchema = () =>
  z.object({
    passwordChange: optionalChoice(o.PASSWORD_CHANGES),
    passwordManager: shortText(),
    twoFactor: optionalYesOrRecommended(),
    passwordKeeper: shortText(),
    softwareUpdates: optionalChoice(o.SOFTWARE_UPDATES),
    devices: optionalChoice(o.DEVICE_RULES),
    personalUseAtWork: optionalChoice(o.PERSONAL_USE_AT_WORK),
    reportTo: group(
      z.object({
        name: shortText(),
        email: email(),
        phone: phone(),
      }),
    ),
    removeAccessSameDay: optionalYesOrRecommended(),
  });

const emergencyContactSchema = () =>
  z.object({
    role: choice(o.CRISIS_ROLES, 'other'),
    /** The role in the person's own words when it is not in the list (`role` is "other"). */
    roleName: shortText(),
    name: shortText(),
    phone: phone(),
    email: email(),
    backup: shortText(),
  });

const crisisSchema = () =>
  z.object({
    contacts: list(emergencyContactSchema()),
    internalChannel: shortText(),
    responseApprover: shortText(),
    /** How soon the first public holding reply goes out in a serious crisis; empty when no target is set. */
    firstResponse: optionalChoice(o.CRISIS_RESPONSE_TIMES),
    /** Keep the detailed crisis plan as a separate, internal document (wise if the policy is public). */
    separatePlan: yes(false),
    separatePlanLocation: shortText(),
  });

const legalSchema = () =>
  z.object({
    dataSubjects: choices(o.DATA_SUBJECTS),
    /** The organisation uses testimonials, reviews or endorsements in its marketing. */
    testimonials: yes(false),
    /** Examples of internal information that is confidential here. */
    confidentialExamples: textList(),
    legalContact: shortText(),
    /** Who looks after data protection, e.g. "our DPO, Ida Berg (dpo@…)". */
    dataProtectionContact: shortText(),
    whistleblowerScheme: group(
      z.object({
        exists: yes(false),
        location: shortText(),
      }),
    ),
  });

const personalSchema = () =>
  z.object({
    workplaceContent: optionalChoice(o.WORKPLACE_CONTENT),
    wearsUniform: yes(false),
    uniformRule: optionalChoice(o.UNIFORM_RULES),
    employerInBio: optionalChoice(o.EMPLOYER_IN_BIO),
    /** Leave empty for the template's own disclaimer wording. */
    disclaimer: shortText(),
    identifyAsEmployee: yes(true),
  });

const advocacySchema = () =>
  z.object({
    programme: yes(false),
    contentLibrary: shortText(),
    engageWithMentions: optionalChoice(o.ENGAGE_WITH_MENTIONS),
    negativeCommentsContact: shortText(),
    /** Employees receive rewards or benefits for sharing, which must then be disclosed. */
    incentives: yes(false),
  });

const stakeholderSchema = () =>
  z.object({
    group: choice(o.STAKEHOLDERS, 'other'),
    name: shortText(),
  });

const rolloutSchema = () =>
  z.object({
    stakeholders: list(stakeholderSchema()),
    locations: choices(o.POLICY_LOCATIONS),
    launch: choice(o.LAUNCH_TYPES, 'new'),
    keyChanges: textList(),
    reviewCadence: choice(o.REVIEW_CADENCES, 'yearly'),
    /** Empty means "effective date plus the review cadence". */
    nextReviewDate: isoDate(),
    audits: optionalYes(),
    listening: yes(false),
    training: optionalYes(),
  });

/** A clause's id: from the templates ("security.passwords"), or "own-…" for one the user added. */
export const CLAUSE_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const clauseId = once(() => z.string().check(z.regex(CLAUSE_ID), z.maxLength(100)));

/**
 * The user's change to one clause of the standard wording: left out, or reworded (her title, if
 * any, and her text in the editor's small Markdown: paragraphs, "- " lists, **bold**). `standard`
 * is the standard wording she changed, as it read then: when a later template or other answers
 * change it, the app can show both and let her choose.
 */
const clauseEditSchema = () =>
  z.object({
    action: z.enum(['omit', 'reword']),
    title: shortText(),
    text: longText(),
    standard: longText(),
  });

/**
 * A clause the user wrote herself, placed after a clause of the template (or another of hers); or,
 * at level `section`, a section of her own after the section that clause is in.
 */
const ownClauseSchema = () =>
  z.object({
    id: clauseId(),
    after: clauseId(),
    level: choice(['clause', 'section'] as const, 'clause'),
    title: shortText(),
    text: longText(),
  });

/** The user's own wording for a policy in one language: the changed clauses and the added ones. */
const documentWordingSchema = () =>
  z.object({
    edits: z._default(z.record(clauseId(), clauseEditSchema()), {}),
    added: list(ownClauseSchema()),
  });

/** Wording per document language: a Danish and an English policy from one set of answers differ in text. */
const wordingSchema = () =>
  z.object({
    da: group(documentWordingSchema()),
    en: group(documentWordingSchema()),
    fr: group(documentWordingSchema()),
  });

/** The free-text answers in one other language, keyed by the text as typed (`translations.ts`). */
const translationsOfOneLanguage = () =>
  z._default(
    z.record(z.string().check(z.maxLength(LONG_TEXT)), z.string().check(z.trim(), z.maxLength(LONG_TEXT))),
    {},
  );

export const answersSchema = once(() =>
  z.object({
    organisation: group(organisationSchema()),
    policy: group(policySchema()),
    roles: group(rolesSchema()),
    security: group(securitySchema()),
    crisis: group(crisisSchema()),
    legal: group(legalSchema()),
    personal: group(personalSchema()),
    advocacy: group(advocacySchema()),
    rollout: group(rolloutSchema()),
    wording: group(wordingSchema()),
    translations: group(
      z.object({
        da: translationsOfOneLanguage(),
        en: translationsOfOneLanguage(),
        fr: translationsOfOneLanguage(),
      }),
    ),
  }),
);

/** Answers after parsing: every field present. */
export type Answers = z.infer<ReturnType<typeof answersSchema>>;
/** Answers as written in a file or form: any field may be missing. */
export type AnswersInput = z.input<ReturnType<typeof answersSchema>>;
export type DocumentWording = Answers['wording'][keyof Answers['wording']];
export type ClauseEdit = DocumentWording['edits'][string];
export type OwnClause = DocumentWording['added'][number];

/** The wizard's parts, in the order of CONTENT.md. */
export const PARTS = [
  'organisation',
  'roles',
  'security',
  'crisis',
  'legal',
  'personal',
  'advocacy',
  'rollout',
] as const;
export type Part = (typeof PARTS)[number];

/**
 * `answersSchema().parse({})`, without building the schema: a new policy starts from these. The
 * file is the schema's own output, kept in step by tests/unit/schema.test.ts (`npm run
 * test:update` rewrites it after a change to a default).
 */
export const defaultAnswers = (): Answers => structuredClone(DEFAULT_ANSWERS as Answers);
