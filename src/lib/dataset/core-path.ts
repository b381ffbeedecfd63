/** Where the core file of a dataset lives (its own module: the first bundle needs only this). */
/** `…/timeline.json` → `…/timeline.core.json`: the core file lives beside the full one. */
export function corePath(fullPath: string): string {
  return /\.json$/i.test(fullPath)
    ? fullPath.replace(/\.json$/i, '.core.json')
    : `${fullPath}.core.json`;
}
