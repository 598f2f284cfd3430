import { describe, expect, it } from 'vitest';
import { expandDirectives, parseDirectives } from '@/document/directives';
import { evaluateCondition, parseCondition } from '@/document/expression';

const values: Record<string, unknown> = {
  'organisation.country': 'DK',
  'organisation.sector': 'public',
  'organisation.networks': ['facebook', 'x'],
  'organisation.listed': false,
  'roles.accounts': [{ handle: '@a' }, { handle: '@b' }],
  'roles.accounts.0.handle': '@a',
  'roles.accounts.1.handle': '',
  'legal.confidentialExamples': [],
};
const lookup = (path: string) => values[path];
const expand = (source: string) => expandDirectives(parseDirectives(source, 't.md'), lookup, 't.md');

describe('conditions', () => {
  it.each([
    ['organisation.country == DK', true],
    ['organisation.country != DK', false],
    ['organisation.country in [EU, DK]', true],
    ['organisation.networks has x', true],
    ['organisation.networks has tiktok', false],
    ['organisation.listed', false],
    ['not organisation.listed', true],
    ['organisation.country == DK and organisation.sector == private', false],
    ['organisation.listed or organisation.sector == public', true],
    ['not (organisation.listed or organisation.country == DK)', false],
    ['organisation.listed and organisation.country == DK or organisation.sector == public', true],
    ['legal.confidentialExamples', false],
  ])('%s → %s', (source, expected) => {
    expect(evaluateCondition(parseCondition(source), lookup)).toBe(expected);
  });

  it.each([
    [''],
    ['organisation.country =='],
    ['(organisation.listed'],
    ['a in [b'],
    ['a b'],
    ['a == "x y"'],
  ])('rejects the malformed condition %j', (source) => {
    expect(() => parseCondition(source)).toThrow();
  });
});

describe('directives', () => {
  it('keeps the first branch that holds', () => {
    const source = [
      ':::if organisation.listed',
      'A',
      ':::elif organisation.country == DK',
      'B',
      ':::else',
      'C',
      ':::end',
    ];
    expect(expand(source.join('\n'))).toEqual(['B']);
  });

  it('falls through to :::else and keeps the lines around', () => {
    expect(expand('before\n:::if organisation.listed\nA\n:::else\nC\n:::end\nafter')).toEqual([
      'before',
      'C',
      'after',
    ]);
  });

  it('repeats an :::each body per item with the loop name bound to the item', () => {
    const out = expand(
      ':::each roles.accounts as account\n- {{account.handle ?? none}} {{label account}}\n:::end',
    );
    expect(out).toEqual([
      '- {{roles.accounts.0.handle ?? none}} {{label roles.accounts.0}}',
      '- {{roles.accounts.1.handle ?? none}} {{label roles.accounts.1}}',
    ]);
  });

  it('binds the loop name in nested conditions, not in prose or fallbacks', () => {
    const out = expand(
      ':::each roles.accounts as account\n:::if account.handle\naccount {{account.handle ?? account}}\n:::end\n:::end',
    );
    expect(out).toEqual(['account {{roles.accounts.0.handle ?? account}}']);
  });

  it('drops :::note lines, inside branches too, and counts lines as written', () => {
    expect(
      expand(':::note checked against the act, 2026\nA\n:::if organisation.listed\n:::note x\nB\n:::end'),
    ).toEqual(['A']);
    expect(() => parseDirectives(':::note a\n:::end', 't.md')).toThrow('t.md:2');
  });

  it('names the file and line of a template mistake', () => {
    expect(() => parseDirectives('a\n:::if x ==\nb\n:::end', 'da/01.md')).toThrow(
      'da/01.md:2: bad condition',
    );
    expect(() => parseDirectives(':::if x\na', 'f.md')).toThrow('f.md:1: :::if is never closed');
    expect(() => parseDirectives('a\n:::end', 'f.md')).toThrow('f.md:2: :::end without');
    expect(() => parseDirectives(':::else', 'f.md')).toThrow('f.md:1: :::else without');
    expect(() => parseDirectives(':::each roles.accounts', 'f.md')).toThrow('f.md:1: write ":::each');
  });

  it('refuses to repeat over something that is not a list', () => {
    expect(() => expand(':::each organisation.country as c\nx\n:::end')).toThrow(
      't.md:1: :::each needs a list',
    );
  });
});
