/**
 * Print the PDF fixtures of the document reader (test/fixtures/documents/*.pdf) with Chromium, from the HTML in
 * test/fixtures/documents/pdf-sources.ts. Usage: npx tsx scripts/make-pdf-fixtures.ts
 * Needs Debian's Chromium (CHROMIUM_PATH to use another); the PDFs are committed, so tests need none.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PDF_SOURCES } from '../test/fixtures/documents/pdf-sources';

const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'documents');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  for (const [name, html] of Object.entries(PDF_SOURCES)) {
    await page.setContent(html(), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
    writeFileSync(join(OUT, name), pdf);
    console.log(`${name}: ${pdf.length} bytes`);
  }
} finally {
  await browser.close();
}
