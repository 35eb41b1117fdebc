/**
 * Sarabun TTF files for embedding in .docx exports from Node (the CLI and tests), from the
 * @expo-google-fonts/sarabun package (SIL Open Font License). The app fetches the same files as assets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DocFonts } from '../../analysis/plans/docx-common';

export function sarabunFontsNode(): DocFonts {
  const require = createRequire(import.meta.url);
  const file = (p: string) =>
    new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/sarabun/${p}`)));
  return { regular: file('400Regular/Sarabun_400Regular.ttf'), bold: file('700Bold/Sarabun_700Bold.ttf') };
}
