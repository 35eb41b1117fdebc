/**
 * Thailand's 77 provinces (จังหวัด) and their 928 districts (878 อำเภอ and Bangkok's 50 เขต, written
 * without the prefix), in the Department of Provincial Administration's code order. Real geography for the
 * synthetic dataset; the agencies placed in it are fictional.
 * The table is provinces.tsv beside this file: one province a line, its Thai and English names and its
 * districts separated by spaces.
 * Source: kongvut/thai-province-data (MIT), formats-v2/csv/{provinces,districts}.csv, two data-entry rows
 * that are municipalities rather than districts removed.
 */
import { readFileSync } from 'node:fs';

/** A province with its districts. */
export interface Province {
  nameTh: string;
  nameEn: string;
  /** Districts; the first is the capital district (อำเภอเมือง…, or พระนคร for Bangkok). */
  districts: readonly string[];
}

const TABLE = new URL('./provinces.tsv', import.meta.url);

function readProvinces(): Province[] {
  const [header, ...lines] = readFileSync(TABLE, 'utf8').trimEnd().split('\n');
  if (header !== 'name_th\tname_en\tdistricts') throw new Error(`${TABLE.pathname}: unexpected header`);
  return lines.map((line, i) => {
    const [nameTh, nameEn, districts, ...rest] = line.split('\t');
    if (!nameTh || !nameEn || !districts || rest.length > 0) {
      throw new Error(`${TABLE.pathname}, row ${i + 2}: expected three tab-separated columns`);
    }
    return { nameTh, nameEn, districts: districts.split(' ') };
  });
}

/** All 77 provinces, Bangkok first. */
export const PROVINCES: readonly Province[] = readProvinces();
