import { z } from 'zod';
import * as o from './options';

/**
 * The answers an organisation gives, part by part (CONTENT.md parts 0 to 7).
 *
 * Every field has a default, so `answersSchema.parse({})` is a complete (if anonymous) answer
 * set that still renders a sensible policy. What an HR person must really answer before the
 * policy is finished is listed separately in `requiredAnswers.ts`, so a draft can be saved,
 * previewed and rendered at any stage.
 */

const SHORT_TEXT = 300;
const LONG_TEXT = 10_000;
const MAX_ITEMS = 500;

const shortText = () => z.string().trim().max(SHORT_TEXT).default('');
const longText = () => z.string().trim().max(LONG_TEXT).default('');
/** An e-mail address, or empty when not given. */
const email = () =>
  z
    .string()
    .trim()
    .pipe(z.union([z.literal(''), z.email()]))
    .default('');
const phone = () =>
  z
    .string()
    .trim()
    .regex(/^[0-9+()\-. ]*$/, 'Use digits, spaces and + ( ) - . only')
    .max(40)
    .default('');
/** A calendar date as YYYY-MM-DD, or empty when not given. */
const isoDate = () => z.union([z.literal(''), z.iso.date()]).default('');
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS).default([]);
/** A set of choices: order kept, duplicates removed. */
const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length * 2)
    .transform((picked) => [...new Set(picked)])
    .default([]);

export const personSchema = z.object({
  name: shortText(),
  email: email(),
});

export const organisationSchema = z.object({
  name: shortText(),
  country: z.enum(o.COUNTRIES).default('DK'),
  sector: z.enum(o.SECTORS).default('private'),
  sizeBand: z.enum(o.SIZE_BANDS).default('under25'),
  /**
   * Publicly owned or run, whatever the sector: a state school or a public hospital is too.
   * A public authority always is, so its employees get the public-sector clauses either way.
   */
  publiclyOwned: z.boolean().default(false),
  listed: z.boolean().default(false),
  unionised: z.boolean().default(false),
  /** Groups the policy covers besides employees. */
  audiences: choices(o.AUDIENCES),
  networks: choices(o.NETWORKS),
  /** Names of networks not in the list, used when `networks` includes "other". */
  otherNetworks: list(shortText()),
});

export const revisionSchema = z.object({
  version: shortText(),
  date: isoDate(),
  changes: longText(),
});

export const policySchema = z.object({
  language: z.enum(o.LANGUAGES).default('da'),
  /** Leave empty for the template's own title. */
  title: shortText(),
  version: shortText().transform((v) => v || '1.0'),
  /** Empty means "the date the document is made". */
  effectiveDate: isoDate(),
  owner: z
    .object({
      function: shortText(),
      name: shortText(),
      email: email(),
    })
    .prefault({}),
  /** Earlier versions, oldest first; the current version is added by the renderer. */
  revisions: list(revisionSchema),
});

export const accountSchema = z.object({
  network: z.enum(o.NETWORKS).default('other'),
  /** The network's name when it is not in the list (`network` is "other"). */
  networkName: shortText(),
  handle: shortText(),
  purpose: shortText(),
  owner: shortText(),
  backup: shortText(),
});

export const responsibilitySchema = z.object({
  area: z.enum(o.RESPONSIBILITY_AREAS),
  who: shortText(),
  email: email(),
  frequency: z.enum(o.FREQUENCIES).default('asNeeded'),
});

export const rolesSchema = z.object({
  accounts: list(accountSchema),
  responsibilities: list(responsibilitySchema),
  /** Who may speak for the organisation on social media, e.g. "the communications team and the CEO". */
  spokespeople: shortText(),
  /** Whether employees may share official posts and news in their own name. */
  employeesMayShare: z.boolean().default(true),
  approval: z
    .object({
      scope: z.enum(o.APPROVAL_SCOPES).default('sensitivePosts'),
      approver: shortText(),
    })
    .prefault({}),
  customerEnquiries: z
    .object({
      handledBy: shortText(),
      responseTime: z.enum(o.RESPONSE_TIMES).default('oneWorkingDay'),
    })
    .prefault({}),
  /** Published house rules for comments on official pages. */
  houseRules: z.boolean().default(true),
});

export const securitySchema = z.object({
  passwordChange: z.enum(o.PASSWORD_CHANGES).default('onSuspicion'),
  passwordManager: shortText(),
  twoFactor: z.boolean().default(true),
  passwordKeeper: shortText(),
  softwareUpdates: z.enum(o.SOFTWARE_UPDATES).default('automatic'),
  devices: z.enum(o.DEVICE_RULES).default('companyAndApprovedPersonal'),
  personalUseAtWork: z.enum(o.PERSONAL_USE_AT_WORK).default('breaksOnly'),
  reportTo: z
    .object({
      name: shortText(),
      email: email(),
      phone: phone(),
    })
    .prefault({}),
  removeAccessSameDay: z.boolean().default(true),
});

export const emergencyContactSchema = z.object({
  role: z.enum(o.CRISIS_ROLES).default('other'),
  /** The role in the person's own words when it is not in the list (`role` is "other"). */
  roleName: shortText(),
  name: shortText(),
  phone: phone(),
  email: email(),
  backup: shortText(),
});

export const crisisSchema = z.object({
  contacts: list(emergencyContactSchema),
  internalChannel: shortText(),
  responseApprover: shortText(),
  /** Keep the detailed crisis plan as a separate, internal document (wise if the policy is public). */
  separatePlan: z.boolean().default(false),
  separatePlanLocation: shortText(),
});

export const legalSchema = z.object({
  dataSubjects: choices(o.DATA_SUBJECTS),
  /** The organisation uses testimonials, reviews or endorsements in its marketing. */
  testimonials: z.boolean().default(false),
  /** Examples of internal information that is confidential here. */
  confidentialExamples: list(shortText()),
  legalContact: shortText(),
  /** Who looks after data protection, e.g. "our DPO, Ida Berg (dpo@…)". */
  dataProtectionContact: shortText(),
  whistleblowerScheme: z
    .object({
      exists: z.boolean().default(false),
      location: shortText(),
    })
    .prefault({}),
});

export const personalSchema = z.object({
  workplaceContent: z.enum(o.WORKPLACE_CONTENT).default('askFirst'),
  wearsUniform: z.boolean().default(false),
  uniformRule: z.enum(o.UNIFORM_RULES).default('respectfully'),
  employerInBio: z.enum(o.EMPLOYER_IN_BIO).default('withDisclaimer'),
  /** Leave empty for the template's own disclaimer wording. */
  disclaimer: shortText(),
  identifyAsEmployee: z.boolean().default(true),
});

export const advocacySchema = z.object({
  programme: z.boolean().default(false),
  contentLibrary: shortText(),
  engageWithMentions: z.enum(o.ENGAGE_WITH_MENTIONS).default('likeAndShareOnly'),
  negativeCommentsContact: shortText(),
  /** Employees receive rewards or benefits for sharing, which must then be disclosed. */
  incentives: z.boolean().default(false),
});

export const stakeholderSchema = z.object({
  group: z.enum(o.STAKEHOLDERS).default('other'),
  name: shortText(),
});

export const rolloutSchema = z.object({
  stakeholders: list(stakeholderSchema),
  locations: choices(o.POLICY_LOCATIONS),
  launch: z.enum(o.LAUNCH_TYPES).default('new'),
  keyChanges: list(shortText()),
  reviewCadence: z.enum(o.REVIEW_CADENCES).default('yearly'),
  /** Empty means "effective date plus the review cadence". */
  nextReviewDate: isoDate(),
  audits: z.boolean().default(true),
  listening: z.boolean().default(false),
  training: z.boolean().default(true),
});

export const answersSchema = z.object({
  organisation: organisationSchema.prefault({}),
  policy: policySchema.prefault({}),
  roles: rolesSchema.prefault({}),
  security: securitySchema.prefault({}),
  crisis: crisisSchema.prefault({}),
  legal: legalSchema.prefault({}),
  personal: personalSchema.prefault({}),
  advocacy: advocacySchema.prefault({}),
  rollout: rolloutSchema.prefault({}),
});

/** Answers after parsing: every field present. */
export type Answers = z.infer<typeof answersSchema>;
/** Answers as written in a file or form: any field may be missing. */
export type AnswersInput = z.input<typeof answersSchema>;

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

export const defaultAnswers = (): Answers => answersSchema.parse({});
