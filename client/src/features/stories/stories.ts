import { parse } from 'yaml';
import { StorySchema, type Story } from './schema.ts';

/**
 * The stories, read at build time: Vite inlines every data/stories/*.yaml file as text into this (lazy) chunk,
 * parsed and validated here. A file that does not validate is left out with a console error (the test suite
 * fails on it long before it could ship).
 */
const files = import.meta.glob('../../../../data/stories/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export function parseStories(sources: Record<string, string>): Story[] {
  const stories: Story[] = [];
  for (const [file, raw] of Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))) {
    const result = StorySchema.safeParse(parse(raw));
    if (result.success) stories.push(result.data);
    else console.error(`${file}: ${result.error.message}`);
  }
  return stories;
}

export const stories: readonly Story[] = parseStories(files);

export const storyById = (id: string | null): Story | undefined => stories.find((s) => s.id === id);
