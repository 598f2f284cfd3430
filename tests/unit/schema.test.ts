import { describe, expect, it } from 'vitest';
import { answersSchema, defaultAnswers } from '@/domain/answers';
import { missingAnswers } from '@/domain/required';

describe('answers schema', () => {
  it('gives the defaults the app starts from without building it (src/domain/default-answers.json)', async () => {
    const fromSchema = answersSchema().parse({});
    // The file as the schema would write it; `npm run test:update` rewrites it after a change.
    await expect(`${JSON.stringify(fromSchema, null, 2)}\n`).toMatchFileSnapshot(
      '../../src/domain/default-answers.json',
    );
    expect(defaultAnswers()).toEqual(fromSchema);
  });

  it('hands out a fresh copy of the defaults each time', () => {
    const first = defaultAnswers();
    first.organisation.networks.push('linkedin');
    expect(defaultAnswers().organisation.networks).toEqual([]);
  });

  it('turns an empty object into a complete answer set with sensible defaults', () => {
    const answers = answersSchema().parse({});
    expect(answers.organisation).toMatchObject({ name: '', country: 'DK', sector: 'private', networks: [] });
    expect(answers.policy).toMatchObject({ language: 'da', version: '1.0', effectiveDate: '' });
    // A yes/no that becomes a claim about the organisation starts unanswered.
    expect(answers.security.twoFactor).toBe('');
    expect(answers.roles.employeesMayShare).toBe('');
    expect(answers.rollout.reviewCadence).toBe('yearly');
    expect(answers.roles.accounts).toEqual([]);
  });

  it('still reads yes/no answers saved before they could be left unanswered', () => {
    const saved = answersSchema().parse({
      roles: { employeesMayShare: false, houseRules: true },
      security: { twoFactor: false, removeAccessSameDay: true },
      rollout: { audits: true, training: false },
    });
    expect(saved.roles).toMatchObject({ employeesMayShare: false, houseRules: true });
    expect(saved.security).toMatchObject({ twoFactor: false, removeAccessSameDay: true });
    expect(saved.rollout).toMatchObject({ audits: true, training: false });
    expect(answersSchema().safeParse({ rollout: { training: 'recommended' } }).success).toBe(false);
  });

  it('fills defaults inside list items and nested objects', () => {
    const answers = answersSchema().parse({
      roles: { accounts: [{ handle: '@acme' }] },
      policy: { owner: { name: 'Ida' } },
    });
    expect(answers.roles.accounts[0]).toEqual({
      network: 'other',
      networkName: '',
      handle: '@acme',
      purpose: '',
      owner: '',
      backup: '',
    });
    expect(answers.policy.owner).toEqual({ function: '', name: 'Ida', email: '' });
  });

  it('trims text and removes repeated choices', () => {
    const answers = answersSchema().parse({
      organisation: { name: '  Acme  ', networks: ['facebook', 'facebook', 'x'] },
    });
    expect(answers.organisation.name).toBe('Acme');
    expect(answers.organisation.networks).toEqual(['facebook', 'x']);
  });

  it('rejects wrong types, unknown choices, bad e-mails, dates and phone numbers by path', () => {
    const result = answersSchema().safeParse({
      organisation: { name: 42, country: 'Narnia' },
      policy: { effectiveDate: '1/2/2027', owner: { email: 'not-an-email' } },
      security: { reportTo: { phone: 'call me' } },
      roles: { accounts: [{ network: 'myspace' }] },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual([
      'organisation.country',
      'organisation.name',
      'policy.effectiveDate',
      'policy.owner.email',
      'roles.accounts.0.network',
      'security.reportTo.phone',
    ]);
  });

  it('accepts an empty e-mail and date as "not given", and a real calendar date only', () => {
    expect(answersSchema().safeParse({ policy: { effectiveDate: '', owner: { email: '' } } }).success).toBe(
      true,
    );
    expect(answersSchema().safeParse({ policy: { effectiveDate: '2027-02-30' } }).success).toBe(false);
    expect(answersSchema().safeParse({ policy: { effectiveDate: '2028-02-29' } }).success).toBe(true);
  });

  it('caps text length so a pasted novel is refused with a clear message, not stored', () => {
    const result = answersSchema().safeParse({ organisation: { name: 'x'.repeat(301) } });
    expect(result.error?.issues[0]?.message).toMatch(/300/);
  });

  it('drops text-list items left empty, after checking the rest', () => {
    expect(
      answersSchema().parse({ legal: { confidentialExamples: ['', 'løn', ' '] } }).legal.confidentialExamples,
    ).toEqual(['løn']);
    const tooLong = answersSchema().safeParse({ legal: { confidentialExamples: ['', 'x'.repeat(301)] } });
    expect(tooLong.error?.issues[0]?.path).toEqual(['legal', 'confidentialExamples', 1]);
  });

  it('defaults the version to 1.0 when left empty', () => {
    expect(answersSchema().parse({ policy: { version: ' ' } }).policy.version).toBe('1.0');
  });
});

describe('missing answers', () => {
  it('lists what an HR person must still answer in an empty draft', () => {
    expect(missingAnswers(defaultAnswers()).map((m) => m.path)).toEqual([
      'organisation.name',
      'organisation.networks',
      'policy.owner.name',
      'policy.owner.email',
      'roles.spokespeople',
      'security.reportTo.name',
      'crisis.contacts',
    ]);
  });

  it('counts a separate crisis plan as an answer to the emergency contacts', () => {
    const answers = answersSchema().parse({ crisis: { separatePlan: true } });
    expect(missingAnswers(answers).map((m) => m.path)).not.toContain('crisis.contacts');
  });
});
