/**
 * `parseArgs({ strict: true })` for the scripts: an unknown or malformed flag prints the script's
 * usage and exits 2, instead of a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function readArgs<const O extends Options>(
  options: O,
  usage: string,
): ReturnType<typeof parseArgs<{ strict: true; options: O }>>['values'] {
  try {
    return parseArgs({ strict: true, options }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
