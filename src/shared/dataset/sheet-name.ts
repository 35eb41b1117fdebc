/**
 * A workbook with several sheets is opened one sheet at a time; the chosen sheet travels in the file's
 * shown name (`book.xlsx › Sheet2`), which is what is stored with the dataset, and the worker reads it back.
 */
const SEP = ' › ';

export function sheetSourceName(file: string, sheet: string): string {
  return `${file}${SEP}${sheet}`;
}

/** The sheet a shown name picks, for a workbook's name; undefined for a plain file name. */
export function sheetOfSourceName(name: string): string | undefined {
  const i = name.indexOf(SEP);
  if (i < 0 || !/\.xlsx$/i.test(name.slice(0, i))) return undefined;
  return name.slice(i + SEP.length);
}
