import { describe, expect, it } from 'vitest';
import { actors, fundingLine, fundingLines, kindOf, readWithRules } from './testing/readings.ts';

/**
 * The twenty-first round of rules (issue #13), on invented articles in French and English. Blockers removed: a town,
 * a district or a business park named only for where a company stands ("its Dunboyne campus", "in Port Melbourne",
 * "Hamilton software firm Scoria", "la start-up de Valbonne") taken for a company, and then for the company the
 * article is about, so that its money went to the place.
 */

describe('a name told only for where a company stands', () => {
  it('is a place after a possessive and before a site noun, and its company keeps the money', () => {
    const text =
      'Wrasse Hosting, which runs data halls at Kinsalebeg, has raised €6m. The money will pay for a second building at its Kinsalebeg campus. Wrasse Hosting was founded in 2019. The company also secured a €2m loan from AIB.';
    expect(kindOf(text, 'en', 'kinsalebeg')).toBe('kinsalebeg place');
    expect(fundingLines(text, 'en')).toContain('aib -> wrasse-hosting 2000000 EUR pledged');
  });

  it('is a place in a multi-word name after "in" ("Port Quenby", "Tarrow Quarter")', () => {
    const text =
      'A Port Quenby start-up building sovereign cloud infrastructure has raised $12 million. Gannet Cloud already runs a site in Port Quenby and says it employs 40 staff. Gannet Cloud was founded in 2020.';
    expect(kindOf(text, 'en', 'port-quenby')).toBe('port-quenby place');
    expect(kindOf(text, 'en', 'gannet-cloud')).toBe('gannet-cloud company');
  });

  it('is a place modifying a business noun that names the business after it', () => {
    const text =
      'Corrib Systems has agreed to buy Tullow software firm Skerrin Data. Skerrin Data employs 30 people. A Tullow company since 2011, it will keep its name.';
    expect(kindOf(text, 'en', 'tullow')).toBe('tullow place');
  });

  it('in French, after a company\'s noun and "de", or a possessive site\'s noun', () => {
    const text =
      "Marlière Cloud lève 3 millions d'euros. La start-up de Valjouan exploite déjà son centre de données de Valjouan depuis 2021. Marlière Cloud a été fondée en 2019.";
    expect(kindOf(text, 'fr', 'valjouan')).toBe('valjouan place');
  });

  it('in a French headline kicker told again after a site noun, and the company keeps its revenue', () => {
    const text =
      "Brévanne : Cormier Numérique inaugure son centre de données\n\nLa PME a ouvert vendredi un site de 600 m². C'est une première pour la commune. Cormier Numérique a inauguré vendredi son nouveau centre de données de Brévanne, en présence du maire. « Une fierté pour Brévanne, qui prouve qu'on peut garder nos données près de chez nous », a salué l'élu. La société a réalisé 2 millions d'euros de chiffre d'affaires en 2025.";
    expect(kindOf(text, 'fr', 'brevanne')).toBe('brevanne place');
    expect(fundingLines(text, 'fr')).toEqual(['- -> cormier-numerique 2000000 EUR revenue']);
  });
});

describe('what stays a company', () => {
  it('keeps an employer named after "at" for a person\'s work', () => {
    const text = 'Quillmore hired Dana Ruske, a former finance chief at Tessaly, as its CFO.';
    expect(kindOf(text, 'en', 'tessaly')).toBe('tessaly company');
  });

  it('keeps a data centre\'s owner after "le datacenter de"', () => {
    const text =
      'Le datacenter de Tommerel Data ouvre ses portes. Tommerel Data a inauguré vendredi son site de Brévanne.';
    expect(kindOf(text, 'fr', 'tommerel-data')).toBe('tommerel-data company');
  });

  it('keeps a company after a verb that is no business noun ("picked X to host")', () => {
    const text =
      'In July, the health agency picked Cantrel to host research data. Cantrel competes with Amazon Web Services. Cantrel is also in talks to buy a rival.';
    expect(kindOf(text, 'en', 'cantrel')).toBe('cantrel company');
  });

  it('keeps a bank before "facility" (a credit facility)', () => {
    const text =
      'Ochrea Cloud will tap a Tasman Bank facility to fit out its second hall. Tasman Bank has provided a $25 million loan.';
    expect(kindOf(text, 'en', 'tasman-bank')).not.toBe('tasman-bank place');
  });

  it('keeps a company the capital was opened to ("ouvert son capital à X")', () => {
    const text =
      "Le groupe a ouvert son capital début octobre à Hérisson Participations et au fonds Siparex, qui ont apporté 8 millions d'euros.";
    expect(kindOf(text, 'fr', 'herisson-participations')).not.toBe('herisson-participations place');
  });
});

describe("a contract's value told in the sentence after its award", () => {
  const OPEN = {
    fr: 'Tavelle Cyber recrute. Tavelle Cyber grandit. ',
    en: 'Tavelle Cyber is hiring. Tavelle Cyber is growing. ',
  };

  it('reads the value past a participle the contract opens on ("Le marché, notifié le 14 octobre, s\'élève à N")', () => {
    expect(
      fundingLines(
        `${OPEN.fr}Le ministère des Armées a retenu Tavelle Cyber pour surveiller ses réseaux. Le marché, notifié le 14 octobre, s'élève à 12 millions d'euros sur cinq ans.`,
        'fr',
      ),
    ).toEqual(['ministere-des-armees -> tavelle-cyber 12000000 EUR pledged']);
    expect(
      fundingLines(
        `${OPEN.fr}Le Département du Gers a par ailleurs retenu Tavelle Cyber, en juillet, pour sauvegarder ses données. Le contrat atteint 650 000 euros.`,
        'fr',
      ),
    ).toEqual(['departement-du-gers -> tavelle-cyber 650000 EUR pledged']);
  });

  it('takes a company\'s noun chosen ("a choisi la PME de Lamentin") for the article\'s company', () => {
    expect(
      fundingLines(
        `${OPEN.fr}Le 2 mai, la Région Guadeloupe a choisi la PME de Lamentin pour superviser ses systèmes. Le contrat porte sur 1,4 million d'euros.`,
        'fr',
      ),
    ).toEqual(['region-guadeloupe -> tavelle-cyber 1400000 EUR pledged']);
  });

  it('reads "has also been chosen by Y" as Y buying, not the company', () => {
    expect(
      fundingLines(
        `${OPEN.en}The company has also been chosen by Greater Wessex Combined Authority to host its data platform. The contract, awarded in February, is worth £5m over five years.`,
        'en',
      ),
    ).toEqual(['greater-wessex-combined-authority -> tavelle-cyber 5000000 GBP pledged']);
  });

  it('reads no contract value when no supplier was chosen in the sentence before', () => {
    expect(
      fundingLines(
        `${OPEN.fr}Le Département du Gers prépare un appel d'offres. Le marché, notifié en mai, s'élève à 650 000 euros.`,
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('a French public body named by its head, an adjective and its territory', () => {
  const OPEN = 'Nerval Data recrute. Nerval Data grandit. ';

  it('keeps the whole name as the payer ("Service public de Wallonie", "Services partagés Canada")', () => {
    expect(
      fundingLines(
        `${OPEN}En avril, le Service public de Wallonie lui a confié un marché de 2,4 millions d'euros.`,
        'fr',
      ),
    ).toEqual(['service-public-de-wallonie -> nerval-data 2400000 EUR pledged']);
    expect(
      fundingLines(
        `${OPEN}En octobre, Services partagés Canada lui a confié un contrat de 12,5 millions de dollars.`,
        'fr',
      ),
    ).toEqual(['services-partages-canada -> nerval-data 12500000 CAD pledged']);
    expect(
      fundingLines(
        `${OPEN}La Collectivité territoriale de Martinique a voté une subvention de 1,8 million d'euros.`,
        'fr',
      ),
    ).toEqual(['collectivite-territoriale-de-martinique -> nerval-data 1800000 EUR pledged']);
  });

  it('types it a public body', () => {
    expect(
      actors(readWithRules(`${OPEN}Les Hospices civils de Lyon ont signé un contrat avec Nerval Data.`, 'fr')),
    ).toContain('hospices-civils-de-lyon public-body');
  });

  it('does not join a company named after a service\'s noun ("le service client de Nerval")', () => {
    expect(
      actors(readWithRules('Le Service client de Nerval Data répond en français. Nerval Data recrute.', 'fr')),
    ).not.toContain('service-client-de-nerval-data public-body');
  });
});

describe('revenue for another period, and revenue told by a description or declared', () => {
  const OPEN = {
    fr: 'Barreur Cloud grandit. Barreur Cloud recrute. ',
    en: 'Lunge Compute grows. Lunge Compute hires. ',
  };

  it('reads "contre N2 un an plus tôt" and "its 2024 figure of N2" as the same owner\'s revenue', () => {
    expect(
      fundingLines(
        `${OPEN.fr}La start-up a réalisé 7,4 millions d'euros de chiffre d'affaires en 2025, contre 4,1 millions un an plus tôt.`,
        'fr',
      ),
    ).toEqual(['- -> barreur-cloud 4100000 EUR revenue', '- -> barreur-cloud 7400000 EUR revenue']);
    expect(
      fundingLines(
        `${OPEN.en}Revenue reached €7.4M in 2025, the company says, more than double its 2024 figure of €3.1M.`,
        'en',
      ),
    ).toEqual(['- -> lunge-compute 3100000 EUR revenue', '- -> lunge-compute 7400000 EUR revenue']);
  });

  it('reads "a déclaré un chiffre d\'affaires de N" as revenue, and "Le cabinet, qui a facturé N"', () => {
    expect(
      fundingLines(`${OPEN.fr}Elle a déclaré un chiffre d'affaires de 11,3 millions d'euros en 2024.`, 'fr'),
    ).toEqual(['- -> barreur-cloud 11300000 EUR revenue']);
    expect(
      fundingLines(`${OPEN.fr}Le cabinet, qui a facturé 8,4 M€ en 2025, travaille pour de grands groupes.`, 'fr'),
    ).toEqual(['- -> barreur-cloud 8400000 EUR revenue']);
  });

  it('still reads "a déclaré que" as speech: no revenue from a sentence it reports of another', () => {
    expect(
      fundingLines(
        `${OPEN.fr}Elle a déclaré que son concurrent Ormel Data avait réalisé 9 millions d'euros de chiffre d'affaires.`,
        'fr',
      ),
    ).not.toContain('- -> barreur-cloud 9000000 EUR revenue');
  });
});

describe('a statutory finance corporation', () => {
  it('keeps "Corporation" in its name, groups its acronym and is a public body', () => {
    const p = readWithRules(
      'Tessel Data grows. Tessel Data hires. The Regional Development Finance Corporation (RDFC) has invested $40 million in Tessel Data. RDFC will hold 12 per cent.',
      'en',
    );
    expect(actors(p)).toContain('regional-development-finance-corporation public-body');
    expect(p.fundings.map(fundingLine)).toEqual([
      'regional-development-finance-corporation -> tessel-data 40000000 USD invested',
    ]);
  });

  it('still drops a company\'s legal form ("Orvik Data Corp.", "Halvard Corporation")', () => {
    const p = readWithRules('Orvik Data Corp. bought Halvard Corporation in May.', 'en');
    expect(actors(p)).toEqual(expect.arrayContaining(['orvik-data company', 'halvard company']));
  });
});

describe("a capitalised lead's possessive place", () => {
  it('is not part of the name it opens ("GUERNSEY\'S Ambergris Data")', () => {
    const p = readWithRules(
      "JERSEY'S Quillon Data has raised £3.2m from investors. Quillon Data was founded in 2015.",
      'en',
    );
    expect(actors(p)).toContain('quillon-data company');
    expect(p.fundings.map(fundingLine)).toEqual(['- -> quillon-data 3200000 GBP invested']);
  });
});

describe('a public funder described as federal, or a local enterprise partnership', () => {
  const OPEN = 'Oudry Digital grows. Oudry Digital hires. ';

  it('reads money received from it last year as a grant paid out', () => {
    expect(
      fundingLines(
        `${OPEN}Last year the firm received £250,000 from the Tees Valley Local Enterprise Partnership to install solar panels.`,
        'en',
      ),
    ).toEqual(['tees-valley-local-enterprise-partnership -> oudry-digital 250000 GBP disbursed']);
    expect(
      fundingLines(
        `${OPEN}In 2025, it also received €2.5 million from the federal Clean Growth Fund toward a cooling upgrade.`,
        'en',
      ),
    ).toEqual(['clean-growth-fund -> oudry-digital 2500000 EUR disbursed']);
  });

  it("still reads a private fund's money received as invested", () => {
    expect(fundingLines(`${OPEN}In 2025, it also received €2.5 million from Kestrel Growth Fund.`, 'en')).toEqual([
      'kestrel-growth-fund -> oudry-digital 2500000 EUR invested',
    ]);
  });
});

describe('a grant told by its programme after the amount, awarded in the passive, or cashed in', () => {
  const OPEN = 'Carnelle Sécurité grandit. Carnelle Sécurité recrute. ';

  it('reads a programme past an aside ("reçu 1,5 M€, versés l\'an dernier, au titre de France 2030")', () => {
    expect(
      fundingLines(
        `${OPEN}L'entreprise avait par ailleurs reçu 1,5 M€, versés l'an dernier, au titre de France 2030 pour son logiciel.`,
        'fr',
      ),
    ).toEqual(['france-2030 -> carnelle-securite 1500000 EUR disbursed']);
  });

  it('reads "s\'était vu accorder N par P" as a grant promised', () => {
    expect(
      fundingLines(
        `${OPEN}Elle s'était aussi vu accorder l'an dernier 800 000 euros par France 2030, dans le cadre d'un appel à projets.`,
        'fr',
      ),
    ).toEqual(['france-2030 -> carnelle-securite 800000 EUR pledged']);
  });

  it('reads "a encaissé une subvention de N" as a grant paid out, "a encaissé N de chiffre d\'affaires" as revenue', () => {
    expect(
      fundingLines(
        `${OPEN}La société a encaissé en décembre une subvention de 2,1 M€ au titre de France 2030 pour son projet.`,
        'fr',
      ),
    ).toEqual(['france-2030 -> carnelle-securite 2100000 EUR disbursed']);
    expect(
      fundingLines(`${OPEN}La société a encaissé 4 millions d'euros de chiffre d'affaires en 2025.`, 'fr'),
    ).toEqual(['- -> carnelle-securite 4000000 EUR revenue']);
  });
});

describe('a capitalised describing word before a business noun', () => {
  it('is no place ("Public sector lender X", "Sovereign cloud startup X")', () => {
    const p = readWithRules(
      'Bengaluru: Public sector lender Kanva Bank has awarded a contract to Tenali Cloud. Chennai: Sovereign cloud startup Tenali Cloud has raised $5 million.',
      'en',
    );
    expect(actors(p)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:public|sovereign) place$/u)]));
  });
});
