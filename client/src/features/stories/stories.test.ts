import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultUrlState, parseUrlState, serialiseUrlState } from '../../shared/url-state/url-state.ts';
import { stepState } from './schema.ts';
import { parseStories, stories, storyById } from './stories.ts';

afterEach(() => vi.restoreAllMocks());

describe('stories bundled at build time', () => {
  it('loads every data/stories/*.yaml file, validated', () => {
    expect(stories.map((s) => s.id)).toEqual(
      expect.arrayContaining(['andromede-two-clouds', 'trusted-cloud-alliances', 'french-challengers']),
    );
    expect(storyById('andromede-two-clouds')!.steps.length).toBeGreaterThanOrEqual(5);
    expect(storyById('nope')).toBeUndefined();
  });

  it('leaves out a file that does not validate, and says which', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const parsed = parseStories({ 'bad.yaml': 'id: Not An Id\nsteps: []\n', 'ok.yaml': 'id: x' });
    expect(parsed).toEqual([]);
    expect(error.mock.calls.map((c) => String(c[0]).split(':')[0])).toEqual(['bad.yaml', 'ok.yaml']);
  });

  it('turns a step into the state it sets, clamped to the story', () => {
    const story = storyById('andromede-two-clouds')!;
    const last = stepState(story, 99);
    expect(last.step).toBe(story.steps.length);
    const state = { ...defaultUrlState, ...stepState(story, 4) };
    expect(state).toMatchObject({ story: story.id, step: 4, view: 'graph', asOf: 2012, from: '2012-09-01' });
    expect(state.selection).toEqual({ kind: 'actor', id: 'cloudwatt' });
    expect(parseUrlState(serialiseUrlState(state))).toEqual(state);
  });
});
