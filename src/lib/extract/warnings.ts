/** A problem found in an article, named by file and line, that does not stop the build. */
export interface Warning {
  file: string;
  line?: number;
  message: string;
}

export function formatWarning(w: Warning): string {
  return `${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`;
}
