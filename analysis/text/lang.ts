/** The language of a text ITA Lens writes: Thai (every default) or English. Declared here only. */
export type Lang = 'th' | 'en';
