import type { UrlState } from '../shared/url-state/url-state.ts';

/**
 * On a phone the side panel is a sheet over the view, in one of three heights: `peek`, a bar at the bottom that
 * says something is selected and opens the details; `half`, about half the screen, so that the selected actor stays
 * in sight above it; `full`, for reading the card. (On a wide screen the panel sits beside the view and ignores it.)
 */
export type SheetMode = 'peek' | 'half' | 'full';

/**
 * The height a sheet opens at for a selection. A story step's own selection stays a bar (the story bar is what is
 * being read, and its "next" must stay in reach), and so does anything selected while a source is open in the reader
 * (the sheet would hide the text it leads to); anything else opens half-way.
 */
export function initialSheetMode(
  state: Pick<UrlState, 'selection' | 'view' | 'read'>,
  madeByStoryStep: boolean,
): SheetMode {
  if (!state.selection || madeByStoryStep) return 'peek';
  if (state.view === 'sources' && state.read) return 'peek';
  return 'half';
}

/** The story step being shown ("story#step"), or null outside a story. */
export const storyStepKey = (state: Pick<UrlState, 'story' | 'step'>): string | null =>
  state.story ? `${state.story}#${state.step}` : null;

/** What makes a sheet start again at its initial height: another selection, view or source in the reader. */
export const sheetKey = (state: Pick<UrlState, 'selection' | 'view' | 'read'>): string =>
  `${state.selection?.kind}:${state.selection?.id}|${state.view}|${state.read ?? ''}`;

/** The handle cycles bar → half → full → half. */
export const nextSheetMode = (mode: SheetMode): SheetMode => (mode === 'half' ? 'full' : 'half');
