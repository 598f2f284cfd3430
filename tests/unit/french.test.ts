import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { frenchTypography, joinFrench } from '@/document/french';
import { renderPolicy } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { bundles, TODAY } from '../support/templates';

const join = (before: string, value: string) => {
  const joined = joinFrench(before, value);
  return joined.before + joined.value;
};

describe('French contractions where an answer meets a preposition', () => {
  it('joins de and à with the article an answer starts with', () => {
    expect(join('au nom de ', 'le service juridique')).toBe('au nom du service juridique');
    expect(join('au nom de ', 'les Ressources humaines')).toBe('au nom des Ressources humaines');
    expect(join('transmettez-la à ', 'le Service à la clientèle')).toBe(
      'transmettez-la au Service à la clientèle',
    );
    expect(join('Écrivez à ', 'les RH')).toBe('Écrivez aux RH');
    expect(join('De ', 'le service')).toBe('Du service');
  });

  it('elides de and que before a vowel, and leaves everything else alone', () => {
    expect(join('au nom de ', 'Ateliers Boréal inc.')).toBe('au nom d’Ateliers Boréal inc.');
    expect(join('au nom de ', 'Émilie Roy')).toBe('au nom d’Émilie Roy');
    expect(join('plus tôt que ', 'annoncé')).toBe('plus tôt qu’annoncé');
    expect(join('au nom de ', 'la direction')).toBe('au nom de la direction');
    expect(join('au nom de ', "l'équipe")).toBe("au nom de l'équipe");
    expect(join('à ', 'Émilie Roy')).toBe('à Émilie Roy');
    expect(join('au nom de ', 'Hydro-Québec')).toBe('au nom de Hydro-Québec');
    expect(join('la mode ', 'Ateliers')).toBe('la mode Ateliers');
    expect(join('une liste de ', 'lecture')).toBe('une liste de lecture');
  });

  it('is applied to French policies only', () => {
    const answers = answersSchema().parse({
      organisation: { name: 'Ateliers Boréal inc.', country: 'CA', province: 'QC' },
      roles: { spokespeople: 'le président' },
    });
    const render = (locale: 'fr' | 'en') =>
      writeMarkdown(renderPolicy({ answers, bundle: bundles[locale], today: TODAY }));
    expect(render('fr')).toContain('officielle d’Ateliers Boréal inc.');
    expect(render('fr')).not.toMatch(/\bde Ateliers\b/);
    expect(render('en')).toContain('official position of Ateliers Boréal inc.');
  });
});

describe('French typography', () => {
  it("sets the template's apostrophes and guillemets, and leaves conditions and notes alone", () => {
    const source = ":::if organisation.listed\nC'est « simple » : voilà.\n:::note Don't touch\n:::end";
    expect(frenchTypography(source)).toBe(
      ":::if organisation.listed\nC’est «\u00a0simple\u00a0»\u00a0: voilà.\n:::note Don't touch\n:::end",
    );
  });

  it('writes the title block labels with a space before the colon, and no double full stop after a name', () => {
    const answers = answersSchema().parse({ organisation: { name: 'Ateliers Boréal inc.' } });
    const french = writeMarkdown(renderPolicy({ answers, bundle: bundles.fr, today: TODAY }));
    expect(french).toContain('**Version\u00a0:**');
    expect(french).not.toContain('inc..');
    expect(writeMarkdown(renderPolicy({ answers, bundle: bundles.en, today: TODAY }))).toContain(
      '**Version:**',
    );
  });
});
