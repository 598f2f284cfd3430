/**
 * The closed choices of the answers schema. Each list is the single source for its enum:
 * the schema, the template conditions (`org.country == DK`) and the labels in
 * `templates/<locale>/terms.json` all use these ids.
 */

export const COUNTRIES = ['DK', 'EU', 'UK', 'US', 'CA', 'OTHER'] as const;
/** `retail`: shops, hospitality and other customer-facing work where staff meet the public in uniform. */
export const SECTORS = [
  'private',
  'public',
  'education',
  'healthcare',
  'finance',
  'nonprofit',
  'retail',
] as const;
/** Canada's provinces and territories: privacy law and monitoring duties depend on them. */
export const CA_PROVINCES = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;
/**
 * The US states whose own laws change the policy of a private employer: written notice of electronic
 * monitoring (New York, Connecticut, Delaware) and protection of what employees do in their own
 * time (California, Colorado, Connecticut, New York, North Dakota). Other states: the federal text.
 */
export const US_STATES_WITH_RULES = ['CA', 'CO', 'CT', 'DE', 'NY', 'ND'] as const;
export const SIZE_BANDS = ['under25', '25to49', '50to249', '250plus'] as const;
export const LANGUAGES = ['da', 'en', 'fr'] as const;
/**
 * Who may read the policy, printed on its cover: `public` may be published (on the website, in a
 * job advert), `internal` is for the people it covers. A policy staff must follow is never secret.
 */
export const CLASSIFICATIONS = ['public', 'internal'] as const;
/**
 * How much of the policy is printed: `complete` has the rules with the reasons and examples around
 * them, `compact` the rules alone (the template's `:::more` blocks left out), for a small organisation.
 */
export const POLICY_LENGTHS = ['complete', 'compact'] as const;
export type PolicyLength = (typeof POLICY_LENGTHS)[number];
/** The logo's file types: the two every Word, LibreOffice and browser shows. */
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

export const NETWORKS = [
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'tiktok',
  'youtube',
  'threads',
  'bluesky',
  'snapchat',
  'pinterest',
  'mastodon',
  'other',
] as const;

/** Who the policy applies to besides employees (employees are always covered). */
export const AUDIENCES = ['managers', 'volunteers', 'board', 'consultants', 'trainees'] as const;

export const RESPONSIBILITY_AREAS = [
  'posting',
  'customerService',
  'strategy',
  'advertising',
  'security',
  'monitoring',
  'approvals',
  'crisis',
  'training',
] as const;
export const FREQUENCIES = ['daily', 'weekly', 'asNeeded'] as const;

export const APPROVAL_SCOPES = ['allPosts', 'sensitivePosts', 'none'] as const;
export const RESPONSE_TIMES = ['sameDay', 'oneWorkingDay', 'twoWorkingDays'] as const;
/** How soon the first public holding reply goes out in a level 2 or 3 crisis. */
export const CRISIS_RESPONSE_TIMES = ['oneHour', 'fourHours', 'sameDay'] as const;

/*
 * `recommended` is "I don't know – use recommended practice": an HR person often can't answer
 * these for IT. The policy then states the recommended rule (src/domain/recommended.ts), and the
 * check page lists the question for IT to confirm.
 */
export const PASSWORD_CHANGES = ['quarterly', 'halfYearly', 'yearly', 'onSuspicion', 'recommended'] as const;
export const SOFTWARE_UPDATES = ['automatic', 'weekly', 'monthly', 'recommended'] as const;
export const DEVICE_RULES = ['companyOnly', 'companyAndApprovedPersonal', 'any', 'recommended'] as const;
export const PERSONAL_USE_AT_WORK = ['allowed', 'breaksOnly', 'notAllowed'] as const;

export const CRISIS_ROLES = [
  'socialTeam',
  'communications',
  'legal',
  'itSecurity',
  'management',
  'hr',
  'other',
] as const;

export const DATA_SUBJECTS = [
  'customers',
  'members',
  'patients',
  /** School pupils, mostly children: their parents decide about photos. */
  'pupils',
  /** Students in further or higher education, mostly adults who decide for themselves. */
  'students',
  'citizens',
  'children',
  'employees',
] as const;

export const WORKPLACE_CONTENT = ['allowed', 'askFirst', 'notAllowed'] as const;
export const UNIFORM_RULES = ['notInUniform', 'respectfully'] as const;
export const EMPLOYER_IN_BIO = ['allowed', 'withDisclaimer', 'notAllowed'] as const;
export const ENGAGE_WITH_MENTIONS = ['yes', 'likeAndShareOnly', 'no'] as const;

export const STAKEHOLDERS = [
  'powerUsers',
  'marketing',
  'socialTeam',
  'hr',
  'spokespeople',
  'legal',
  'unionReps',
  'staffReps',
  'management',
  'it',
  'volunteers',
  'other',
] as const;
export const POLICY_LOCATIONS = ['handbook', 'intranet', 'sharedDrive', 'website', 'onboarding'] as const;
export const LAUNCH_TYPES = ['new', 'update'] as const;
export const REVIEW_CADENCES = ['yearly', 'halfYearly', 'quarterly'] as const;

/**
 * Each group of choices, by the name its labels have in `templates/<locale>/terms.json`.
 * A test holds terms.json to exactly these groups and ids.
 */
export const TERM_GROUPS = {
  country: COUNTRIES,
  sector: SECTORS,
  /** What the organisation calls the people it serves, by sector: customers, patients … */
  served: SECTORS,
  /** The same word for one person: a customer, a patient … */
  servedOne: SECTORS,
  province: CA_PROVINCES,
  usState: US_STATES_WITH_RULES,
  sizeBand: SIZE_BANDS,
  language: LANGUAGES,
  classification: CLASSIFICATIONS,
  network: NETWORKS,
  audience: AUDIENCES,
  responsibilityArea: RESPONSIBILITY_AREAS,
  frequency: FREQUENCIES,
  approvalScope: APPROVAL_SCOPES,
  responseTime: RESPONSE_TIMES,
  crisisResponseTime: CRISIS_RESPONSE_TIMES,
  passwordChange: PASSWORD_CHANGES,
  softwareUpdate: SOFTWARE_UPDATES,
  deviceRule: DEVICE_RULES,
  personalUseAtWork: PERSONAL_USE_AT_WORK,
  crisisRole: CRISIS_ROLES,
  dataSubject: DATA_SUBJECTS,
  workplaceContent: WORKPLACE_CONTENT,
  uniformRule: UNIFORM_RULES,
  employerInBio: EMPLOYER_IN_BIO,
  engageWithMentions: ENGAGE_WITH_MENTIONS,
  stakeholder: STAKEHOLDERS,
  policyLocation: POLICY_LOCATIONS,
  launchType: LAUNCH_TYPES,
  reviewCadence: REVIEW_CADENCES,
} as const;
export type TermGroup = keyof typeof TERM_GROUPS;

/** The term group of each schema field that holds a choice (or a list of choices), by field name. */
export const FIELD_TERM_GROUP: Record<string, TermGroup> = {
  country: 'country',
  sector: 'sector',
  province: 'province',
  usStates: 'usState',
  sizeBand: 'sizeBand',
  language: 'language',
  classification: 'classification',
  networks: 'network',
  network: 'network',
  audiences: 'audience',
  area: 'responsibilityArea',
  frequency: 'frequency',
  scope: 'approvalScope',
  responseTime: 'responseTime',
  turnaround: 'responseTime',
  firstResponse: 'crisisResponseTime',
  passwordChange: 'passwordChange',
  softwareUpdates: 'softwareUpdate',
  devices: 'deviceRule',
  personalUseAtWork: 'personalUseAtWork',
  role: 'crisisRole',
  dataSubjects: 'dataSubject',
  workplaceContent: 'workplaceContent',
  uniformRule: 'uniformRule',
  employerInBio: 'employerInBio',
  engageWithMentions: 'engageWithMentions',
  group: 'stakeholder',
  locations: 'policyLocation',
  launch: 'launchType',
  reviewCadence: 'reviewCadence',
};
