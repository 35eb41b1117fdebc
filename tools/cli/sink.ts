import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Output written piece by piece to --out or standard output (synchronously, in order), so a national
 * file's analyses are never held in memory as one string (V8 strings stop at about 512 MB).
 */
export class Sink {
  private readonly fd: number;
  private readonly owned: boolean;
  private buffer = '';

  constructor(out: string | undefined) {
    this.owned = !!out;
    this.fd = out ? openSync(out, 'w') : 1;
  }

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length > 1 << 20) this.flush();
  }

  private flush(): void {
    if (!this.buffer) return;
    const bytes = Buffer.from(this.buffer, 'utf8');
    let at = 0;
    while (at < bytes.length) {
      try {
        at += writeSync(this.fd, bytes, at);
      } catch (e) {
        // A non-blocking pipe that is full: try again.
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      }
    }
    this.buffer = '';
  }

  close(): void {
    this.flush();
    if (this.owned) closeSync(this.fd);
  }
}
