import { describe, expect, it } from 'vitest';
import { CLAUSE_ID, type DocumentWording, type OwnClause } from '@/domain/answers';
import type { StandardClause } from '@/document/wording-edits';
import {
  addClause,
  keepEdit,
  newOwnId,
  omitClause,
  removeOwnClause,
  resetClause,
  rewordClause,
} from '@/features/wording/edits';

/** The changes the "Adjust the wording" page makes to one language's wording, as pure steps. */

const passwords: StandardClause = {
  id: 'security.passwords',
  depth: 2,
  title: 'Passwords',
  standard: 'Use a long password.',
};
const empty = (): DocumentWording => ({ edits: {}, added: [] });
const own = (id: string, after = 'security.passwords'): OwnClause => ({
  id,
  after,
  level: 'clause',
  title: id,
  text: 'Text.',
});

describe('the wording page’s changes', () => {
  it('leaves a clause out and takes it back, remembering the standard wording it replaced', () => {
    const omitted = omitClause(empty(), passwords);
    expect(omitted.edits['security.passwords']).toEqual({
      action: 'omit',
      title: '',
      text: '',
      standard: 'Use a long password.',
    });
    expect(resetClause(omitted, 'security.passwords')).toEqual(empty());
  });

  it('saves a title left as the template words it as no title of her own', () => {
    const same = rewordClause(empty(), passwords, { title: ' Passwords ', text: ' Mine. \n' });
    expect(same.edits['security.passwords']).toEqual({
      action: 'reword',
      title: '',
      text: 'Mine.',
      standard: 'Use a long password.',
    });
    const renamed = rewordClause(same, passwords, { title: 'Logging in', text: 'Mine.' });
    expect(renamed.edits['security.passwords']?.title).toBe('Logging in');
  });

  it('keeps her edit against the standard wording as it reads now', () => {
    const edited = rewordClause(empty(), passwords, { title: '', text: 'Mine.' });
    const kept = keepEdit(edited, 'security.passwords', 'A new standard.');
    expect(kept.edits['security.passwords']).toMatchObject({ text: 'Mine.', standard: 'A new standard.' });
    expect(keepEdit(empty(), 'security.passwords', 'x')).toEqual(empty());
  });

  it('puts a second clause added after the same clause below the first on the page', () => {
    // applyWording inserts each right after its anchor, in list order: the later comes first.
    const first = addClause(empty(), own('own-a'));
    const both = addClause(addClause(first, own('own-x', 'security.updates')), own('own-b'));
    expect(both.added.map((clause) => clause.id)).toEqual(['own-b', 'own-a', 'own-x']);
    expect(removeOwnClause(both, 'own-a').added.map((clause) => clause.id)).toEqual(['own-b', 'own-x']);
  });

  it('makes own ids that are valid clause ids and not taken', () => {
    const wording = { ...empty(), added: [own('own-00000000')] };
    const rolls = [0, 0, 0.5];
    const id = newOwnId(wording, () => rolls.shift() ?? 0.5);
    expect(id).not.toBe('own-00000000');
    expect(id).toMatch(/^own-[a-z0-9]{8}$/);
    expect(id).toMatch(CLAUSE_ID);
  });
});
