import { z } from 'zod';
import { isIsoDay } from '../../shared/dates/fuzzy.ts';
import {
  AS_OF_FIRST_YEAR,
  AS_OF_LAST_YEAR,
  MAX_FOCUS,
  MAX_STORY_STEPS,
  type UrlState,
} from '../../shared/url-state/url-state.ts';
import { actorKinds, relationTypes } from '../../shared/vocabulary.ts';

/**
 * Guided stories, kept as data in data/stories/*.yaml: ordered steps, each with a French and an English caption,
 * the graph state it sets (actors expanded, the one selected, filters, "as of" year), the timeline window, the
 * view to show, and the evidence it rests on as {source, quote} exactly as in data/kb. tests/stories.test.ts holds
 * every story to this schema and to the knowledge base.
 */

// No code generation: the strict CSP (script-src 'self') forbids eval, which zod's JIT would try.
z.config({ jitless: true });

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case');
const text = z.string().trim().min(1);
const bilingual = z.object({ fr: text, en: text }).strict();
const day = z.string().refine(isIsoDay, 'expected a calendar day as YYYY-MM-DD');

export const storyViews = ['graph', 'timeline', 'money', 'sources'] as const;

export const StoryEvidenceSchema = z
  .object({
    source: id,
    quote: z.string().trim().min(3).max(400, 'a quote is a short span, at most 400 characters'),
  })
  .strict();

export const StoryStepSchema = z
  .object({
    caption: bilingual,
    view: z.enum(storyViews).default('graph'),
    graph: z
      .object({
        /** Actors whose neighbourhoods make up the graph (empty: the whole graph). */
        actors: z.array(id).max(MAX_FOCUS).default([]),
        /** The actor shown in the side panel. */
        select: id.optional(),
        kinds: z.array(z.enum(actorKinds)).optional(),
        types: z.array(z.enum(relationTypes)).optional(),
        asOf: z.number().int().min(AS_OF_FIRST_YEAR).max(AS_OF_LAST_YEAR).optional(),
      })
      .strict(),
    timeline: z
      .object({ from: day, to: day })
      .strict()
      .refine((w) => w.from <= w.to, { message: 'the window ends before it starts', path: ['to'] }),
    evidence: z.array(StoryEvidenceSchema).min(1, 'every step rests on at least one quote'),
  })
  .strict();

export const StorySchema = z
  .object({
    id,
    title: bilingual,
    summary: bilingual,
    steps: z.array(StoryStepSchema).min(2).max(MAX_STORY_STEPS),
  })
  .strict();

export type Story = z.infer<typeof StorySchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;

/** The URL state a step sets (1-based step number): view, graph, filters, "as of", window and selection. */
export function stepState(story: Story, step: number): Partial<UrlState> {
  const index = Math.min(Math.max(1, step), story.steps.length);
  const s = story.steps[index - 1]!;
  return {
    story: story.id,
    step: index,
    view: s.view,
    focus: s.graph.actors,
    selection: s.graph.select ? { kind: 'actor', id: s.graph.select } : null,
    kinds: s.graph.kinds ?? null,
    types: s.graph.types ?? null,
    asOf: s.graph.asOf ?? null,
    from: s.timeline.from,
    to: s.timeline.to,
    pathFrom: null,
    pathTo: null,
    table: false,
    read: s.view === 'sources' ? (s.evidence[0]?.source ?? null) : null,
    ev: null,
  };
}
