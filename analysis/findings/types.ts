/** Types of the negative-finding (ข้อค้นพบ) sentences. */

/** Language of a finding sentence. */
export type FindingLang = 'th' | 'en';

/**
 * What the respondents who answered one question negatively think, as a clause that reads on after
 * "…เห็นว่า" (Thai) or "…think" (English). No leading subject word, no final full stop.
 */
export interface FindingClause {
  th: string;
  en: string;
}

/** Wording era of the IIT/EIT forms: 2564 covers fiscal years up to 2565 (BE), 2566 covers 2566 on. */
export type FindingEra = 2564 | 2566;

/** Options of `findingText`. */
export interface FindingTextOptions {
  /** Write every digit of the sentence as a Thai digit (๐–๙), in either language, as the app's digit switch does. */
  thaiDigits?: boolean;
}
