/** Abbreviated Thai month names as Thai dates print them, January (ม.ค.) first. */
export const THAI_MONTHS_SHORT: readonly string[] = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];

/** The same names in fiscal-year order: a Thai fiscal year runs from October (ต.ค.) to September. */
export const FISCAL_MONTHS_TH: readonly string[] = [
  ...THAI_MONTHS_SHORT.slice(9),
  ...THAI_MONTHS_SHORT.slice(0, 9),
];
