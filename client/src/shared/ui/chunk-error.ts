/**
 * Whether an error is a view's code that failed to load (a lazy chunk, or its CSS): after a deploy the old chunk names
 * are gone, and only reloading the page fetches the new ones. The browsers word it differently; none of it is shown.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'ChunkLoadError' ||
    /dynamically imported module|importing a module script failed|unable to preload css|failed to load module script/i.test(
      error.message,
    )
  );
}
