import type { Answers, Part } from '@/domain/answers';
import * as o from '@/domain/options';

/**
 * The wizard's question pages, part by part: a few related questions per page, in the order of
 * the policy. Each field names its answer by path in the answers schema; its words (label,
 * hint, "why we ask", error messages) are in the i18n resources under `fields.<path>`, and the
 * choices' labels under `options.<term group>.<id>`.
 */

interface FieldBase {
  /** The answer's path, e.g. `organisation.name`; inside a list item, relative to the item. */
  path: string;
  /** Must be answered before Continue (GOV.UK: no asterisk; optional ones say "(optional)"). */
  required?: boolean;
  /** Shown only when this holds for the answers as they stand (page values included). */
  showIf?: (answers: Answers) => boolean;
  /** Inside a list item: shown only when this holds for the item (e.g. "other" was chosen). */
  showIfItem?: (item: Record<string, unknown>) => boolean;
  /**
   * When the hint depends on other answers: the key (under `fields.<path>`) of the hint to show
   * instead of `hint`, or undefined for the usual one.
   */
  hintFor?: (answers: Answers) => string | undefined;
}

export type Field =
  | (FieldBase & {
      kind: 'text';
      inputMode?: 'email' | 'tel';
      autoComplete?: string;
      width?: 'short' | 'medium' | 'long';
    })
  | (FieldBase & { kind: 'textarea' })
  | (FieldBase & { kind: 'date' })
  | (FieldBase & {
      kind: 'radios';
      options: readonly string[];
      group: o.TermGroup;
      /**
       * For an answer that may stay empty: a last choice ("No set time") whose value is empty, so
       * a choice made can be taken back. Its words are `fields.<path>.none`.
       */
      none?: boolean;
    })
  | (FieldBase & { kind: 'checkboxes'; options: readonly string[]; group: o.TermGroup })
  | (FieldBase & {
      kind: 'yesNo';
      /** A third choice, "I don't know – use recommended practice" (`domain/recommended.ts`). */
      recommended?: boolean;
    })
  /** A list of short texts, one per line of a field each, added and removed with buttons. */
  | (FieldBase & { kind: 'textList' })
  /** A list of records, each edited in place with its own fields. */
  | (FieldBase & { kind: 'list'; item: readonly Field[]; newItem: () => Record<string, unknown> })
  /**
   * A picture from a file on the user's computer (PNG or JPEG), read in the browser and kept in
   * the answers as data: the logo. Never inside a list.
   */
  | (FieldBase & { kind: 'image' });

export interface QuestionPage {
  /** Unique; the page's URL is /<part>/<id>. */
  id: string;
  part: Part;
  fields: readonly Field[];
  /** Asked only when this holds (e.g. no crisis contacts here when the crisis plan is separate). */
  showIf?: (answers: Answers) => boolean;
}

const choice = <G extends o.TermGroup>(
  path: string,
  group: G,
  extra: Partial<FieldBase> & { none?: boolean } = {},
): Field => ({
  kind: 'radios',
  path,
  group,
  options: o.TERM_GROUPS[group],
  ...extra,
});
const choices = <G extends o.TermGroup>(path: string, group: G, extra: Partial<FieldBase> = {}): Field => ({
  kind: 'checkboxes',
  path,
  group,
  options: o.TERM_GROUPS[group],
  ...extra,
});
const text = (path: string, extra: Partial<Extract<Field, { kind: 'text' }>> = {}): Field => ({
  kind: 'text',
  path,
  ...extra,
});
const email = (path: string, extra: Partial<FieldBase> = {}): Field => ({
  kind: 'text',
  path,
  inputMode: 'email',
  autoComplete: 'off',
  width: 'medium',
  ...extra,
});
const phone = (path: string): Field => ({ kind: 'text', path, inputMode: 'tel', width: 'short' });
const yesNo = (path: string, extra: Partial<FieldBase> & { recommended?: boolean } = {}): Field => ({
  kind: 'yesNo',
  path,
  ...extra,
});

export const QUESTION_PAGES: readonly QuestionPage[] = [
  // 0. The organisation
  {
    id: 'about',
    part: 'organisation',
    fields: [
      text('organisation.name', { required: true, autoComplete: 'organization' }),
      choice('organisation.country', 'country'),
      // Canada's privacy law and monitoring duties depend on the province (required.ts asks for it).
      choice('organisation.province', 'province', {
        required: true,
        showIf: (a) => a.organisation.country === 'CA',
      }),
      choice('organisation.sector', 'sector'),
      yesNo('organisation.publiclyOwned', { showIf: (a) => a.organisation.sector !== 'public' }),
      // State laws that add to a US private employer's policy: monitoring notice, off-duty rights.
      choices('organisation.usStates', 'usState', {
        showIf: (a) =>
          a.organisation.country === 'US' &&
          a.organisation.sector !== 'public' &&
          !a.organisation.publiclyOwned,
      }),
    ],
  },
  {
    id: 'people',
    part: 'organisation',
    fields: [
      choice('organisation.sizeBand', 'sizeBand'),
      yesNo('organisation.listed'),
      yesNo('organisation.unionised'),
      choices('organisation.audiences', 'audience'),
    ],
  },
  {
    id: 'networks',
    part: 'organisation',
    fields: [
      choices('organisation.networks', 'network'),
      {
        kind: 'textList',
        path: 'organisation.otherNetworks',
        showIf: (a) => a.organisation.networks.includes('other'),
      },
    ],
  },
  {
    id: 'document',
    part: 'organisation',
    fields: [
      choice('policy.language', 'language'),
      text('policy.title'),
      text('policy.version', { width: 'short' }),
      { kind: 'date', path: 'policy.effectiveDate' },
    ],
  },
  {
    id: 'owner',
    part: 'organisation',
    fields: [
      text('policy.owner.function', { width: 'medium' }),
      text('policy.owner.name', { autoComplete: 'name', width: 'medium' }),
      email('policy.owner.email', { required: true }),
    ],
  },
  {
    id: 'related',
    part: 'organisation',
    fields: [{ kind: 'textList', path: 'policy.relatedPolicies' }],
  },
  {
    id: 'history',
    part: 'organisation',
    fields: [
      {
        kind: 'list',
        path: 'policy.revisions',
        item: [
          text('version', { width: 'short' }),
          { kind: 'date', path: 'date' },
          { kind: 'textarea', path: 'changes' },
        ],
        newItem: () => ({ version: '', date: '', changes: '' }),
      },
    ],
  },
  {
    id: 'approval',
    part: 'organisation',
    fields: [
      text('policy.approval.name', { autoComplete: 'name', width: 'medium' }),
      text('policy.approval.role', { width: 'medium' }),
      { kind: 'date', path: 'policy.approval.date' },
      choice('policy.classification', 'classification', { none: true }),
      { kind: 'image', path: 'policy.logo' },
    ],
  },
  // 1. Roles and responsibilities
  {
    id: 'spokespeople',
    part: 'roles',
    fields: [text('roles.spokespeople', { required: true }), yesNo('roles.employeesMayShare')],
  },
  {
    id: 'accounts',
    part: 'roles',
    fields: [
      {
        kind: 'list',
        path: 'roles.accounts',
        item: [
          choice('network', 'network'),
          text('networkName', { width: 'medium', showIfItem: (item) => item.network === 'other' }),
          text('handle', { width: 'medium' }),
          text('purpose'),
          text('owner', { width: 'medium' }),
          text('backup', { width: 'medium' }),
        ],
        newItem: () => ({
          network: 'linkedin',
          networkName: '',
          handle: '',
          purpose: '',
          owner: '',
          backup: '',
        }),
      },
    ],
  },
  {
    id: 'responsibilities',
    part: 'roles',
    fields: [
      {
        kind: 'list',
        path: 'roles.responsibilities',
        item: [
          choice('area', 'responsibilityArea'),
          text('who', { width: 'medium' }),
          email('email'),
          choice('frequency', 'frequency'),
        ],
        newItem: () => ({ area: 'posting', who: '', email: '', frequency: 'daily' }),
      },
    ],
  },
  {
    id: 'approvals',
    part: 'roles',
    fields: [
      choice('roles.approval.scope', 'approvalScope'),
      text('roles.approval.approver'),
      choice('roles.approval.turnaround', 'responseTime', {
        none: true,
        showIf: (a) => a.roles.approval.scope !== 'none',
      }),
      text('roles.customerEnquiries.handledBy'),
      choice('roles.customerEnquiries.responseTime', 'responseTime'),
      yesNo('roles.chatbot'),
      yesNo('roles.houseRules'),
    ],
  },
  // 2. Security
  {
    id: 'passwords',
    part: 'security',
    fields: [
      choice('security.passwordChange', 'passwordChange'),
      text('security.passwordManager', { width: 'medium' }),
      text('security.passwordKeeper'),
      yesNo('security.twoFactor', { recommended: true }),
    ],
  },
  {
    id: 'devices',
    part: 'security',
    fields: [
      choice('security.softwareUpdates', 'softwareUpdate'),
      choice('security.devices', 'deviceRule'),
      choice('security.personalUseAtWork', 'personalUseAtWork'),
    ],
  },
  {
    id: 'reporting',
    part: 'security',
    fields: [
      text('security.reportTo.name'),
      email('security.reportTo.email'),
      phone('security.reportTo.phone'),
      yesNo('security.removeAccessSameDay', { recommended: true }),
    ],
  },
  // 3. Crisis plan
  {
    id: 'plan',
    part: 'crisis',
    fields: [
      yesNo('crisis.separatePlan'),
      text('crisis.separatePlanLocation', { showIf: (a) => a.crisis.separatePlan }),
    ],
  },
  {
    id: 'contacts',
    part: 'crisis',
    showIf: (a) => !a.crisis.separatePlan,
    fields: [
      {
        kind: 'list',
        path: 'crisis.contacts',
        required: true,
        item: [
          choice('role', 'crisisRole'),
          text('roleName', { width: 'medium', showIfItem: (item) => item.role === 'other' }),
          text('name', { width: 'medium' }),
          phone('phone'),
          email('email'),
          text('backup', { width: 'medium' }),
        ],
        newItem: () => ({ role: 'socialTeam', roleName: '', name: '', phone: '', email: '', backup: '' }),
      },
    ],
  },
  // Asked with or without a separate crisis plan: the policy itself tells staff these things.
  {
    id: 'response',
    part: 'crisis',
    fields: [
      text('crisis.internalChannel'),
      text('crisis.responseApprover'),
      choice('crisis.firstResponse', 'crisisResponseTime', { none: true }),
    ],
  },
  // 4. The law
  {
    id: 'data',
    part: 'legal',
    fields: [
      choices('legal.dataSubjects', 'dataSubject'),
      yesNo('legal.testimonials'),
      text('legal.legalContact'),
      text('legal.dataProtectionContact'),
    ],
  },
  {
    id: 'confidential',
    part: 'legal',
    fields: [{ kind: 'textList', path: 'legal.confidentialExamples' }],
  },
  {
    id: 'whistleblowing',
    part: 'legal',
    fields: [
      yesNo('legal.whistleblowerScheme.exists'),
      text('legal.whistleblowerScheme.location', { showIf: (a) => a.legal.whistleblowerScheme.exists }),
    ],
  },
  // 5. Personal accounts
  {
    id: 'workplace',
    part: 'personal',
    fields: [
      choice('personal.workplaceContent', 'workplaceContent'),
      yesNo('personal.wearsUniform'),
      choice('personal.uniformRule', 'uniformRule', { showIf: (a) => a.personal.wearsUniform }),
    ],
  },
  {
    id: 'profiles',
    part: 'personal',
    fields: [
      choice('personal.employerInBio', 'employerInBio'),
      // With "allowed" the policy offers the disclaimer as a suggestion, so it is asked then too.
      text('personal.disclaimer', {
        showIf: (a) => a.personal.employerInBio !== 'notAllowed',
        hintFor: (a) => (a.personal.employerInBio === 'allowed' ? 'hintSuggested' : undefined),
      }),
      // Only advice, and only where a general duty to name the employer would be lawful and fitting.
      yesNo('personal.identifyAsEmployee', {
        showIf: (a) =>
          a.organisation.country !== 'US' &&
          a.organisation.sector !== 'public' &&
          !a.organisation.publiclyOwned,
      }),
    ],
  },
  // 6. Advocacy
  {
    id: 'sharing',
    part: 'advocacy',
    fields: [
      yesNo('advocacy.programme', { showIf: (a) => a.roles.employeesMayShare === true }),
      text('advocacy.contentLibrary', { showIf: (a) => a.roles.employeesMayShare === true }),
      yesNo('advocacy.incentives'),
    ],
  },
  {
    id: 'mentions',
    part: 'advocacy',
    fields: [
      choice('advocacy.engageWithMentions', 'engageWithMentions'),
      text('advocacy.negativeCommentsContact'),
    ],
  },
  // 7. Roll-out and upkeep
  {
    id: 'consultation',
    part: 'rollout',
    fields: [
      {
        kind: 'list',
        path: 'rollout.stakeholders',
        item: [choice('group', 'stakeholder'), text('name')],
        newItem: () => ({ group: 'hr', name: '' }),
      },
    ],
  },
  {
    id: 'launch',
    part: 'rollout',
    fields: [
      choices('rollout.locations', 'policyLocation'),
      choice('rollout.launch', 'launchType'),
      { kind: 'textList', path: 'rollout.keyChanges', showIf: (a) => a.rollout.launch === 'update' },
      yesNo('rollout.training'),
    ],
  },
  {
    id: 'review',
    part: 'rollout',
    fields: [
      choice('rollout.reviewCadence', 'reviewCadence'),
      { kind: 'date', path: 'rollout.nextReviewDate' },
      yesNo('rollout.audits'),
      yesNo('rollout.listening'),
    ],
  },
];

/** A part's pages; with answers, only those asked for them. */
export const pagesOf = (part: Part, answers?: Answers) =>
  QUESTION_PAGES.filter((page) => page.part === part && (!answers || (page.showIf?.(answers) ?? true)));
