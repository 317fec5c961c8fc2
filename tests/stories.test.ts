import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { StorySchema, stepState, type Story } from '../client/src/features/stories/schema.ts';
import { parseUrlState, serialiseUrlState, defaultUrlState } from '../client/src/shared/url-state/url-state.ts';
import { locateQuote } from '../server/src/ingest/quotes.ts';
import { normaliseText } from '../server/src/shared-io/source-text.ts';
import { realCorpusDir, repoRoot } from './support/fixture.ts';

/**
 * The guided stories (data/stories/*.yaml) against their schema and against the knowledge base: every actor they
 * name exists, and every quote they rest on is evidence somewhere in data/kb, or (when the corpus is present) an
 * exact span of its source text, found the way the ingest finds quotes.
 */

const storiesDir = path.join(repoRoot, 'data/stories');
const kbDir = path.join(repoRoot, 'data/kb');
const files = readdirSync(storiesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const readYaml = (file: string): unknown => parse(readFileSync(file, 'utf8'));

const actorIds = new Set((readYaml(path.join(kbDir, 'actors.yaml')) as { id: string }[]).map((a) => a.id));

/** Every {source, quote} cited anywhere in the knowledge base. */
function kbEvidence(): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.source === 'string' && typeof record.quote === 'string')
        found.add(`${record.source}\u0000${record.quote.trim()}`);
      Object.values(record).forEach(walk);
    }
  };
  for (const file of readdirSync(kbDir).filter((f) => f.endsWith('.yaml'))) walk(readYaml(path.join(kbDir, file)));
  return found;
}
const evidence = kbEvidence();

const corpusPresent = existsSync(realCorpusDir) && readdirSync(realCorpusDir).some((f) => f.endsWith('.txt'));
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'data/corpus/manifest.json'), 'utf8')) as {
  sources: { id: string; file: string }[];
};
const texts = new Map<string, string>();
const sourceText = (source: string): string | null => {
  if (!corpusPresent) return null;
  if (!texts.has(source)) {
    const entry = manifest.sources.find((s) => s.id === source);
    if (!entry) return null;
    texts.set(source, normaliseText(readFileSync(path.join(realCorpusDir, entry.file), 'utf8')).text);
  }
  return texts.get(source)!;
};
if (!corpusPresent)
  console.warn(`[stories] corpus absent from ${realCorpusDir}: quotes are checked against data/kb only.`);

describe('guided stories', () => {
  it('there are at least three, one per file, with distinct ids', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(evidence.size).toBeGreaterThan(100);
    expect(actorIds.size).toBeGreaterThan(100);
    const ids = files.map((f) => (readYaml(path.join(storiesDir, f)) as { id?: string }).id);
    expect(new Set(ids).size).toBe(files.length);
  });

  describe.each(files)('%s', (file) => {
    const raw = readYaml(path.join(storiesDir, file));
    const parsed = StorySchema.safeParse(raw);

    it('validates against the story schema', () => {
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });
    const story = parsed.data as Story;

    it('names only actors of the knowledge base', () => {
      const named = story.steps.flatMap((s) => [...s.graph.actors, ...(s.graph.select ? [s.graph.select] : [])]);
      expect(named.filter((id) => !actorIds.has(id))).toEqual([]);
    });

    it('rests every step on quotes that are evidence in data/kb or exact spans of the source text', () => {
      const problems: string[] = [];
      for (const [i, step] of story.steps.entries()) {
        for (const { source, quote } of step.evidence) {
          if (!manifest.sources.some((s) => s.id === source)) {
            problems.push(`step ${i + 1}: no source "${source}"`);
            continue;
          }
          if (evidence.has(`${source}\u0000${quote.trim()}`)) continue;
          const text = sourceText(source);
          const location = text === null ? null : locateQuote(text, quote);
          if (!location?.found) problems.push(`step ${i + 1}: "${quote}" is neither kb evidence nor in ${source}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('turns every step into a link that reads back as the same step', () => {
      for (let step = 1; step <= story.steps.length; step++) {
        const state = { ...defaultUrlState, ...stepState(story, step) };
        const back = parseUrlState(serialiseUrlState(state));
        expect(back.story).toBe(story.id);
        expect(back.step).toBe(step);
        expect(back.from).toBe(story.steps[step - 1]!.timeline.from);
      }
    });
  });

  it('the schema rejects a step without evidence and a reversed window', () => {
    const base = {
      id: 'x',
      title: { fr: 'x', en: 'x' },
      summary: { fr: 'x', en: 'x' },
      steps: [
        { caption: { fr: 'a', en: 'a' }, graph: {}, timeline: { from: '2012-01-01', to: '2012-12-31' }, evidence: [] },
        {
          caption: { fr: 'b', en: 'b' },
          graph: {},
          timeline: { from: '2013-01-01', to: '2012-12-31' },
          evidence: [{ source: 's', quote: 'quoted' }],
        },
      ],
    };
    const result = StorySchema.safeParse(base);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['steps.0.evidence', 'steps.1.timeline.to']));
  });
});
