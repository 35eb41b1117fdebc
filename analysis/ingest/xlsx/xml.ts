import { SaxesParser } from 'saxes';

/** Events of one XML part, with element names stripped of any namespace prefix (`x:row` → `row`). */
export interface XmlHandlers {
  open?: (name: string, attrs: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

const local = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** Parse an XML part (UTF-8 bytes) with a streaming parser; throws on malformed XML. */
export function walkXml(bytes: Uint8Array, h: XmlHandlers): void {
  const parser = new SaxesParser();
  if (h.open) {
    const open = h.open;
    parser.on('opentag', (tag) => {
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = String(v);
      open(local(tag.name), attrs);
      // A self-closing tag gets its closetag event from the parser too.
    });
  }
  if (h.text) {
    const text = h.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (tag) => close(local(tag.name)));
  }
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(new TextDecoder('utf-8').decode(bytes)).close();
}
