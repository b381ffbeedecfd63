/**
 * Copying text where the Clipboard API may be refused (an iframe without `clipboard-write`, an
 * insecure origin, a denied permission): first `navigator.clipboard`, then the old
 * select-and-`execCommand('copy')` on a hidden read-only textarea. When both fail the caller shows
 * the text selected for the reader to copy by hand ('manual').
 */
export type CopyResult = 'copied' | 'manual';

export interface CopyEnv {
  clipboard?: Pick<Clipboard, 'writeText'> | undefined;
  document?: Document;
}

export async function copyText(text: string, env: CopyEnv = {}): Promise<CopyResult> {
  const clipboard = 'clipboard' in env ? env.clipboard : globalThis.navigator?.clipboard;
  try {
    if (clipboard) {
      await clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused: try the fallback below.
  }
  return execCopy(text, env.document ?? document) ? 'copied' : 'manual';
}

function execCopy(text: string, doc: Document): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  // Off screen but selectable; read-only so phones do not open the keyboard.
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.left = '-9999px';
  doc.body.append(area);
  const focused = doc.activeElement as HTMLElement | null;
  try {
    area.select();
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus?.();
  }
}
