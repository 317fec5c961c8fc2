import { describe, expect, it } from 'vitest';
import { actors, fundingLines, kindOf, readWithRules, relations } from './testing/readings.ts';

/**
 * Review of the twenty-first round (issue #13): look-alikes its rules read wrongly. A name told elsewhere as who pays
 * or buys ("raised $9 million from Brackwell", "was bought by Halvard") is a company, even
 * when a second mention reads as a place ("an office at Brackwell, the investor's hub") or modifies a business's noun
 * ("Halvard cloud business Sorrel": its owner's name), and so is a name bought ("acquired Quillan… its Quillan office")
 * or awarding a contract ("a contract from Ardgour"); an amount put in a name ("put $4 million in Ochre") is an
 * investment, not a place; "la Régie publicitaire Médiane" is an advertising house, not a public body named "Régie
 * publicitaire", and a bare "La Collectivité" names no body; "Le marché atteint N" bare is a market's size, and only
 * the contract's own noun tells its value so.
 */

describe('a name told elsewhere as a payer or a buyer', () => {
  it('stays a company when another mention reads as a place', () => {
    const en =
      'Sorrel Compute raised $9 million from Brackwell. Sorrel Compute will open an office at Brackwell, the investor’s Leeds hub.';
    expect(kindOf(en, 'en', 'brackwell')).toBe('brackwell company');
    expect(fundingLines(en, 'en')).toContain('brackwell -> sorrel-compute 9000000 USD invested');
  });

  it('stays a company before a business noun naming what it owns or backs', () => {
    const bought =
      'Sorrel Compute was bought by Halvard in 2023. Halvard cloud business Sorrel Compute raised $9 million this week.';
    expect(kindOf(bought, 'en', 'halvard')).toBe('halvard company');
    expect(relations(readWithRules(bought, 'en'))).toContain('halvard acquired sorrel-compute');
    const backer =
      'Sorrel Compute raised $9 million from Halvard. Halvard software company Pibroch also took part. Sorrel Compute will hire.';
    expect(kindOf(backer, 'en', 'halvard')).toBe('halvard company');
  });

  it('still reads a town modifying a business noun as a place', () => {
    const text =
      'Sorrel Compute has agreed to buy Kilbarrow software firm Pibroch for $3 million. Pibroch employs 30 people.';
    expect(kindOf(text, 'en', 'kilbarrow')).toBe('kilbarrow place');
  });
});

describe('a name told as what is bought or who awards a contract', () => {
  it('stays a company before "its X office" or a business noun', () => {
    const bought =
      'Sorrel Compute raised $9 million. Sorrel Compute acquired Quillan for $4 million. Its Quillan office will close.';
    expect(kindOf(bought, 'en', 'quillan')).toBe('quillan company');
    expect(relations(readWithRules(bought, 'en'))).toContain('sorrel-compute acquired quillan');
    const awarded =
      'Sorrel Compute won a $7 million contract from Ardgour. Ardgour investment firm Pibroch had bid too.';
    expect(fundingLines(awarded, 'en')).toContain('ardgour -> sorrel-compute 7000000 USD pledged');
  });
});

describe('a partner named before its site', () => {
  it('stays a company', () => {
    const en =
      'Sorrel Compute raised $9 million. Sorrel Compute partnered with Ravelstone last year. The Ravelstone campus is in York.';
    expect(kindOf(en, 'en', 'ravelstone')).toBe('ravelstone company');
    expect(relations(readWithRules(en, 'en'))).toContain('ravelstone partner-of sorrel-compute');
    const fr =
      "Sorrel Calcul grandit. La société Sorrel Calcul a levé 4 millions d'euros. Elle a installé ses serveurs chez Penvénan. Son centre de Penvénan accueille 150 baies.";
    expect(kindOf(fr, 'fr', 'penvenan')).toBe('penvenan company');
  });
});

describe('an amount put in a name', () => {
  it('is an investment, not a place', () => {
    const text =
      'Sorrel Compute raised $9 million. Sorrel Compute put $4 million in Ochrely last year, and Ochrely returned the favour.';
    expect(kindOf(text, 'en', 'ochrely')).toBe('ochrely company');
    expect(fundingLines(text, 'en')).toContain('sorrel-compute -> ochrely 4000000 USD invested');
  });
});

describe('"la Régie publicitaire X"', () => {
  it('is an advertising house, not a public body of that name', () => {
    const text =
      "Sorrel Calcul grandit. La Régie publicitaire Ombrine a confié à Sorrel Calcul un contrat de 3 millions d'euros.";
    const found = actors(readWithRules(text, 'fr'));
    expect(found.filter((a) => a.startsWith('regie') && !a.endsWith(' company'))).toEqual([]);
    expect(fundingLines(text, 'fr').some((f) => f.startsWith('regie'))).toBe(false);
  });
});

describe('a bare "Collectivité"', () => {
  it('is no public body of that name', () => {
    const text =
      "Sorrel Calcul grandit. La Collectivité a choisi Sorrel Calcul. La société Sorrel Calcul a levé 4 millions d'euros.";
    expect(relations(readWithRules(text, 'fr')).filter((r) => r.startsWith('collectivite '))).toEqual([]);
  });
});

describe('"Le marché atteint N" after an award', () => {
  it('is a market’s size', () => {
    const text =
      "Sorrel Calcul grandit. La société Sorrel Calcul a été retenue par la Région Normandie pour héberger ses données. Le marché atteint 30 milliards d'euros en Europe.";
    expect(fundingLines(text, 'fr')).toEqual([]);
  });

  it('while the contract’s own noun still tells its value', () => {
    const text =
      "Sorrel Calcul grandit. La Région Normandie a retenu Sorrel Calcul pour héberger ses données. Le contrat atteint 1,5 million d'euros.";
    expect(fundingLines(text, 'fr')).toContain('region-normandie -> sorrel-calcul 1500000 EUR pledged');
  });
});
