import { existsSync } from 'node:fs';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest, type IngestOptions } from '../../server/src/ingest/ingest.ts';
import { IngestValidationError, type IngestIssue } from '../../server/src/ingest/issues.ts';
import { copyOfMiniFixture } from '../support/fixture.ts';

/**
 * Every kind of bad input gives `file:line: reason` and leaves the previous bundle byte-identical.
 */
let fixture: Awaited<ReturnType<typeof copyOfMiniFixture>>;
let options: IngestOptions;
let previousBundle: Buffer;

beforeEach(async () => {
  fixture = await copyOfMiniFixture();
  options = fixture.options;
  await runIngest(options);
  previousBundle = await readFile(path.join(options.outDir!, 'bundle.json'));
});
afterEach(() => fixture.cleanup());

const kbFile = (name: string) => path.join(options.kbDir, `${name}.yaml`);

async function expectRejected(): Promise<IngestIssue[]> {
  const error = await runIngest(options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestValidationError);
  expect(await readFile(path.join(options.outDir!, 'bundle.json'))).toEqual(previousBundle);
  return (error as IngestValidationError).issues;
}

const relative = (issue: IngestIssue) => path.basename(issue.file);

describe('ingest validation', () => {
  it('builds the fixture cleanly to begin with', async () => {
    const result = await runIngest(options);
    expect(result.summary).toMatchObject({
      documents: 2,
      actors: 5,
      relations: 2,
      events: 2,
      fundings: 1,
      disputes: 1,
    });
    expect(result.summary.evidenceAnchored).toBe(result.summary.evidence);
  });

  it('reports malformed YAML with its line', async () => {
    await appendFile(kbFile('relations'), '- id: broken\n  type: [unclosed\n');
    const issues = await expectRejected();
    expect(issues).toHaveLength(1);
    expect(relative(issues[0]!)).toBe('relations.yaml');
    expect(issues[0]!.line).toBeGreaterThanOrEqual(15);
    expect(issues[0]!.message).toMatch(/^YAML/);
  });

  it('reports an unknown reference at the line of the field', async () => {
    const text = await readFile(kbFile('relations'), 'utf8');
    await writeFile(kbFile('relations'), text.replace('from: acme\n', 'from: acmee\n'));
    const [issue, ...rest] = await expectRejected();
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ line: 10 });
    expect(issue!.message).toMatch(/unknown actor "acmee".*did you mean "acme"/);
  });

  it('reports a duplicate id at its second definition', async () => {
    const text = await readFile(kbFile('fundings'), 'utf8');
    await writeFile(kbFile('fundings'), text + text);
    const issues = await expectRejected();
    expect(issues.map((i) => [relative(i), i.line])).toEqual([['fundings.yaml', 10]]);
    expect(issues[0]!.message).toMatch(/duplicate id .*first defined at line 1/);
  });

  it('reports a quote that is not in its source, with the nearest passage', async () => {
    const text = await readFile(kbFile('events'), 'utf8');
    await writeFile(
      kbFile('events'),
      text.replace("lancé par l'État en mars 2011", 'lancé par le gouvernement en mars 2011'),
    );
    const [issue] = await expectRejected();
    expect(relative(issue!)).toBe('events.yaml');
    expect(issue!.line).toBe(24);
    expect(issue!.message).toMatch(
      /quote not found in source "mini-fr".*nearest passage: "Le programme Nuage Commun, lancé par l'État en mars 2011/,
    );
  });

  it('reports two citations of one passage that differ only by trailing punctuation, where the rarer is written', async () => {
    // (The fixture's own "…lancé par l'État en mars 2011" and "…mars 2011, devait créer un cloud national." are two
    // passages, not one: the clean build above proves they pass.)
    const text = await readFile(kbFile('events'), 'utf8');
    await writeFile(
      kbFile('events'),
      text.replace(
        '      quote: "Acme Cloud will be switched off on February 1st"\n',
        '      quote: "Acme Cloud will be switched off on February 1st"\n' +
          '    - source: "mini-en"\n' +
          '      quote: "Acme Cloud will be switched off on  February 1st, "\n',
      ),
    );
    const issues = await expectRejected();
    expect(issues.map((i) => [relative(i), i.line])).toEqual([['events.yaml', 12]]);
    expect(issues[0]!.message).toMatch(
      /quote from "mini-en" differs from "Acme Cloud will be switched off on {2}February 1st," \(events\.yaml:14\) only by trailing punctuation/,
    );
  });

  it('rejects an actor that cites no quote naming it, even one naming a longer name that contains its own', async () => {
    const text = await readFile(kbFile('actors'), 'utf8');
    const withoutBankQuote = text.replace(
      /( {2}evidence:\n {4}- source: "mini-fr"\n {6}quote: "La Banque Publique[^\n]*\n)/,
      '',
    );
    expect(withoutBankQuote).not.toBe(text);
    // "Acme Cloud" names the offer, not the company "Acme" inside it.
    await writeFile(
      kbFile('actors'),
      withoutBankQuote.replace(
        'quote: "Acme Cloud was founded by Acme in early 2012"\n- id: acme-cloud',
        'quote: "Acme Cloud was founded"\n- id: acme-cloud',
      ),
    );
    const issues = await expectRejected();
    expect(issues.map((i) => [relative(i), i.line])).toEqual([
      ['actors.yaml', 11],
      ['actors.yaml', 26],
    ]);
    expect(issues[0]!.message).toMatch(/actor "acme": none of its 1 quotes names it \(by "Acme"\)/);
    expect(issues[1]!.message).toMatch(/actor "banque-publique" cites no quote that names it/);
  });

  it('rejects a knowledge-base file that is not UTF-8, naming the line', async () => {
    const bytes = Buffer.from(await readFile(kbFile('actors'), 'utf8'), 'utf8');
    await writeFile(kbFile('actors'), Buffer.from(bytes.toString('utf8').replace('État', 'Etat'), 'latin1'));
    await writeFile(
      kbFile('disputes'),
      Buffer.concat([Buffer.from('- id: x\n  title: "'), Buffer.from([0xc9]), Buffer.from('t\n')]),
    );
    const issues = await expectRejected();
    const disputes = issues.find((i) => relative(i) === 'disputes.yaml');
    expect(disputes).toMatchObject({ line: 2, message: expect.stringMatching(/not valid UTF-8/) });
  });

  it('rejects an empty knowledge-base file and an empty source text', async () => {
    await writeFile(kbFile('events'), '');
    await writeFile(path.join(options.corpusDir, 'mini-en.txt'), '  \n');
    const issues = await expectRejected();
    expect(issues.map((i) => [relative(i), i.message])).toEqual(
      expect.arrayContaining([
        ['events.yaml', 'empty file'],
        ['mini-en.txt', 'empty file (only white space)'],
      ]),
    );
  });

  it('rejects a binary source text', async () => {
    await writeFile(
      path.join(options.corpusDir, 'mini-fr.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    const issues = await expectRejected();
    expect(issues.find((i) => relative(i) === 'mini-fr.txt')?.message).toMatch(/binary/);
  });

  it('rejects a source text over the size limit without reading it', async () => {
    await writeFile(path.join(options.corpusDir, 'mini-fr.txt'), Buffer.alloc(17 * 1024 * 1024, 0x61));
    const issues = await expectRejected();
    expect(issues.find((i) => relative(i) === 'mini-fr.txt')?.message).toMatch(/over the limit/);
  });

  it('rejects impossible dates, non-positive amounts and unsorted ids', async () => {
    const events = await readFile(kbFile('events'), 'utf8');
    await writeFile(kbFile('events'), events.replace('"2013-02-01"', '"2013-02-30"'));
    const fundings = await readFile(kbFile('fundings'), 'utf8');
    await writeFile(kbFile('fundings'), fundings.replace('amount: 100000000', 'amount: -5'));
    const relations = await readFile(kbFile('relations'), 'utf8');
    const [first, second] = relations.split(/(?=^- id:)/m);
    await writeFile(kbFile('relations'), second! + first!);
    const issues = await expectRejected();
    expect(issues).toHaveLength(3);
    expect(issues.map((i) => [relative(i), i.line, i.message])).toEqual(
      expect.arrayContaining([
        ['events.yaml', 2, expect.stringMatching(/not a day of the calendar/)],
        ['fundings.yaml', 4, expect.stringMatching(/positive/)],
        ['relations.yaml', 9, expect.stringMatching(/out of order/)],
      ]),
    );
  });

  it('rejects a text whose language disagrees with the manifest', async () => {
    const manifest = await readFile(options.manifestPath, 'utf8');
    await writeFile(options.manifestPath, manifest.replace('"language": "fr"', '"language": "en"'));
    const issues = await expectRejected();
    expect(issues.some((i) => /reads as "fr" but the manifest says "en"/.test(i.message))).toBe(true);
  });

  it('rejects a manifest source whose text is missing, and a text the manifest does not list', async () => {
    await rm(path.join(options.corpusDir, 'mini-en.txt'));
    await writeFile(path.join(options.corpusDir, 'stray.txt'), 'A stray text nobody listed in the manifest at all.');
    const issues = await expectRejected();
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"mini-en" is in the manifest but its text is missing/),
        expect.stringMatching(/not listed in/),
      ]),
    );
  });
});

describe('ingest without a corpus', () => {
  it('builds from the knowledge base alone, with unanchored evidence and no mentions', async () => {
    await rm(options.corpusDir, { recursive: true });
    const result = await runIngest(options);
    expect(result.summary).toMatchObject({ corpusPresent: false, documents: 0, mentions: 0, evidenceAnchored: 0 });
    expect(result.bundle.evidence.length).toBeGreaterThan(0);
    expect(result.bundle.sources.every((s) => !s.textAvailable)).toBe(true);
  });
});

describe('determinism', () => {
  it('writes the same bytes for the same inputs, and a new version when the input changes', async () => {
    const first = await runIngest(options);
    const second = await runIngest(options);
    expect(second.bundleJson).toBe(first.bundleJson);
    expect(await readFile(path.join(options.outDir!, 'bundle.json'), 'utf8')).toBe(first.bundleJson);
    const text = await readFile(kbFile('actors'), 'utf8');
    await writeFile(
      kbFile('actors'),
      text.replace('Company that founded Acme Cloud.', 'The company that founded Acme Cloud.'),
    );
    const third = await runIngest(options);
    expect(third.bundle.version).not.toBe(first.bundle.version);
  });
  it('leaves no temporary files behind', async () => {
    await runIngest(options);
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(options.outDir!)).sort()).toEqual(['bundle.json', 'report.json']);
    expect(existsSync(path.join(options.outDir!, 'bundle.json'))).toBe(true);
  });
});
