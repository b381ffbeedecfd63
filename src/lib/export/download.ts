/**
 * Saves a Blob as a file: an object URL on a temporary `<a download>`, revoked once the click has
 * been dispatched (revoking in the same task can cancel the download in some browsers).
 */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
