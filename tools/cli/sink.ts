import { closeSync, fstatSync, openSync, rmSync, writeSync } from 'node:fs';
import { OutputError } from './output-error';

/**
 * Output written piece by piece to --out or standard output (synchronously, in order), so a national
 * file's analyses are never held in memory as one string (V8 strings stop at about 512 MB). The file is
 * opened at once, so a folder that does not exist or cannot be written fails before any work is done.
 * Every failure is an OutputError; a file left half-written by one is removed.
 */
export class Sink {
  private readonly fd: number;
  private readonly path: string | null;
  private buffer = '';

  constructor(
    out: string | undefined,
    /** Applied to every piece before it is written (e.g. escaping control characters). */
    private readonly transform: (text: string) => string = (t) => t,
  ) {
    this.path = out ?? null;
    try {
      this.fd = out ? openSync(out, 'w') : 1;
    } catch (e) {
      throw OutputError.from(this.path, e);
    }
  }

  write(text: string): void {
    this.buffer += this.transform(text);
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
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') this.fail(e);
      }
    }
    this.buffer = '';
  }

  private fail(e: unknown): never {
    if (this.path !== null) {
      try {
        // Only an ordinary file is removed (never a device such as /dev/full).
        const regular = fstatSync(this.fd).isFile();
        closeSync(this.fd);
        if (regular) rmSync(this.path, { force: true });
      } catch {
        // a file we may not remove: leave it
      }
    }
    throw OutputError.from(this.path, e);
  }

  close(): void {
    this.flush();
    if (this.path === null) return;
    try {
      closeSync(this.fd);
    } catch (e) {
      throw OutputError.from(this.path, e);
    }
  }
}
