export function isWorkbook(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

export function isTextTable(name: string): boolean {
  return /\.(csv|txt|tsv)$/i.test(name);
}
