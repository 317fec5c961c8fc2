import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { StorySchema, stepState, type Story } from '../client/src/features/stories/schema.ts';
import { parseUrlState, serialiseUrlState, defaultUrlState } from '../client/src/shared/url-state/url-state.ts';
import { repoRoot } from './support/fixture.ts';

/**
 * The guided stories (data/stories/*.yaml) against their schema and against the knowledge base: every actor they
 * name exists, and every quote they rest on is an evidence quote of data/kb from that very source. A quote that is
 * only a span of the text would open the reader without the evidence id that scrolls it to the passage
 * (client/src/features/stories/StoryBar.tsx looks each quote up among its source's evidence).
 */

const storiesDir = path.join(repoRoot, 'data/stories');
const kbDir = path.join(repoRoot, 'data/kb');
const files = readdirSync(storiesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const readYaml = (file: string): unknown => parse(readFileSync(file, 'utf8'));

const actorIds = new Set((readYaml(path.join(kbDir, 'actors.yaml')) as { id: string }[]).map((a) => a.id));

/** Every {source, quote} of an `evidence` list anywhere in the knowledge base (records, dispute claims). */
function kbEvidence(): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        if (key === 'evidence' && Array.isArray(child))
          for (const cited of child as { source?: unknown; quote?: unknown }[])
            if (typeof cited.source === 'string' && typeof cited.quote === 'string')
              found.add(`${cited.source}\u0000${cited.quote.trim()}`);
        walk(child);
      }
  };
  for (const file of readdirSync(kbDir).filter((f) => f.endsWith('.yaml'))) walk(readYaml(path.join(kbDir, file)));
  return found;
}
const evidence = kbEvidence();

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'data/corpus/manifest.json'), 'utf8')) as {
  sources: { id: string }[];
};

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

    it('rests every step on quotes that are evidence of that source in data/kb', () => {
      const problems: string[] = [];
      for (const [i, step] of story.steps.entries()) {
        const where = `${story.id}, step ${i + 1}`;
        for (const { source, quote } of step.evidence) {
          if (!manifest.sources.some((s) => s.id === source)) problems.push(`${where}: no source "${source}"`);
          else if (!evidence.has(`${source}\u0000${quote.trim()}`))
            problems.push(`${where}: "${quote}" is not an evidence quote of ${source} in data/kb`);
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
