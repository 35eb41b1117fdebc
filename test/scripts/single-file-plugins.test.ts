/** The one file's Content-Security-Policy: exactly its own inline scripts, hashed as browsers hash them. */
import { describe, expect, it } from 'vitest';
import { scriptHash, withSingleFileCsp } from '../../scripts/single-file-plugins';

const page = (body: string, csp = "default-src 'self'; script-src 'self'") =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}" />` +
  `<title>t</title></head><body>${body}</body></html>`;

const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('withSingleFileCsp', () => {
  it('hashes the UTF-8 text of each inline script (values from openssl dgst -sha256 | base64)', () => {
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(scriptHash('const s = "ก";')).toBe("'sha256-CaBUNp/JQGS/fU2Z5C+kildrIZcEYHDWhGu9+fug4wc='");
  });

  it("replaces the hosted policy: scripts only by hash, nothing from 'self', workers from blob:", () => {
    const html = withSingleFileCsp(page('<script type="module" crossorigin>alert(1)</script>'));
    const csp = policyOf(html);
    // Hashes, and 'unsafe-eval' for Arquero in the summary worker; never 'unsafe-inline' or a place.
    expect(csp).toContain("script-src 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=' 'unsafe-eval';");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('worker-src blob:');
    expect(csp).not.toContain("'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('lists every inline script once, however often its text appears', () => {
    const csp = policyOf(
      withSingleFileCsp(
        page('<script>alert(1)</script><script>alert(1)</script><script>const s = "ก";</script>'),
      ),
    );
    expect(csp.match(/'sha256-/g)).toHaveLength(2);
  });

  it('refuses a page that still loads a script, has a CR in a script, no script or no policy', () => {
    expect(() => withSingleFileCsp(page('<script type="module" src="./assets/index.js"></script>'))).toThrow(
      /loads from outside/,
    );
    expect(() => withSingleFileCsp(page('<script>a = 1;\r\nb = 2;</script>'))).toThrow(/carriage return/);
    expect(() => withSingleFileCsp(page('<p>no script</p>'))).toThrow(/no inline script/);
    expect(() => withSingleFileCsp('<html><script>alert(1)</script></html>')).toThrow(
      /no Content-Security-Policy/,
    );
  });
});
