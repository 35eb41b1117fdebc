/** Let the user save what `url` holds (a blob or data URL) as a file named `fileName`. */
export function downloadUrl(fileName: string, url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Save a blob as a file (no server: a blob URL, revoked right after). */
function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Let the user save text as a file. */
export function downloadText(fileName: string, text: string, mime = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

/** A file-name-safe version of a label (keeps Thai letters; drops path and control characters). */
export function safeFileName(label: string): string {
  const cleaned = label
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-');
  return cleaned.slice(0, 80) || 'data';
}

/** Let the user save bytes as a file (e.g. a .docx), like downloadText. */
export function downloadBytes(fileName: string, bytes: Uint8Array, mime: string): void {
  downloadBlob(fileName, new Blob([bytes as BlobPart], { type: mime }));
}
