import sarabunBoldUrl from '@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf?url';
import sarabunRegularUrl from '@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf?url';
import type { DocFonts } from '@analysis/plans/docx-common';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Sarabun (regular and bold TTF, shipped with the app) to embed in a .docx, so it shows in Sarabun on a
 * computer without the font. Null when the files cannot be fetched: the document then names the font only.
 */
export async function sarabunFonts(): Promise<DocFonts | null> {
  try {
    const get = async (url: string) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    };
    const [regular, bold] = await Promise.all([get(sarabunRegularUrl), get(sarabunBoldUrl)]);
    return { regular, bold };
  } catch {
    return null;
  }
}
