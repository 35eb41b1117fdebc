import { describe, expect, it } from 'vitest';
import {
  AGENCY_TYPE,
  AGENCY_TYPES,
  generateOrganisations,
  isActive,
  PROVINCES,
  type SyntheticOrg,
} from '../../../tools/synthetic';

/** The 77 provinces of Thailand, written independently of the generator's table. */
const REAL_PROVINCES = (
  'กรุงเทพมหานคร สมุทรปราการ นนทบุรี ปทุมธานี พระนครศรีอยุธยา อ่างทอง ลพบุรี สิงห์บุรี ชัยนาท สระบุรี ชลบุรี ระยอง ' +
  'จันทบุรี ตราด ฉะเชิงเทรา ปราจีนบุรี นครนายก สระแก้ว นครราชสีมา บุรีรัมย์ สุรินทร์ ศรีสะเกษ อุบลราชธานี ยโสธร ' +
  'ชัยภูมิ อำนาจเจริญ บึงกาฬ หนองบัวลำภู ขอนแก่น อุดรธานี เลย หนองคาย มหาสารคาม ร้อยเอ็ด กาฬสินธุ์ สกลนคร นครพนม ' +
  'มุกดาหาร เชียงใหม่ ลำพูน ลำปาง อุตรดิตถ์ แพร่ น่าน พะเยา เชียงราย แม่ฮ่องสอน นครสวรรค์ อุทัยธานี กำแพงเพชร ตาก ' +
  'สุโขทัย พิษณุโลก พิจิตร เพชรบูรณ์ ราชบุรี กาญจนบุรี สุพรรณบุรี นครปฐม สมุทรสาคร สมุทรสงคราม เพชรบุรี ' +
  'ประจวบคีรีขันธ์ นครศรีธรรมราช กระบี่ พังงา ภูเก็ต สุราษฎร์ธานี ระนอง ชุมพร สงขลา สตูล ตรัง พัทลุง ปัตตานี ยะลา นราธิวาส'
).split(' ');

const orgs = generateOrganisations(2567);
const count = (pred: (o: SyntheticOrg) => boolean): number => orgs.filter(pred).length;

describe('geography', () => {
  it('has exactly the 77 real provinces', () => {
    expect(REAL_PROVINCES).toHaveLength(77);
    expect(new Set(PROVINCES.map((p) => p.nameTh))).toEqual(new Set(REAL_PROVINCES));
  });

  it('has the 928 districts (878 อำเภอ and 50 เขต), unique within each province', () => {
    expect(PROVINCES.reduce((n, p) => n + p.districts.length, 0)).toBe(928);
    expect(PROVINCES.find((p) => p.nameTh === 'กรุงเทพมหานคร')?.districts).toHaveLength(50);
    for (const p of PROVINCES) {
      expect(p.districts.length).toBeGreaterThanOrEqual(3);
      expect(new Set(p.districts).size).toBe(p.districts.length);
      for (const d of p.districts) expect(d).toMatch(/^[\u0E00-\u0E7F-]+$/);
    }
  });

  it('spells some well-known districts right', () => {
    const has = (prov: string, d: string): boolean =>
      PROVINCES.find((p) => p.nameTh === prov)?.districts.includes(d) ?? false;
    expect(has('เชียงใหม่', 'เมืองเชียงใหม่')).toBe(true);
    expect(has('เชียงใหม่', 'กัลยาณิวัฒนา')).toBe(true);
    expect(has('สงขลา', 'หาดใหญ่')).toBe(true);
    expect(has('ชลบุรี', 'บางละมุง')).toBe(true);
    expect(has('นราธิวาส', 'สุไหงโก-ลก')).toBe(true);
    expect(has('กรุงเทพมหานคร', 'ป้อมปราบศัตรูพ่าย')).toBe(true);
    expect(has('ปราจีนบุรี', 'ศรีมหาโพธิ')).toBe(true);
  });
});

describe('generateOrganisations', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateOrganisations(2567)).toEqual(orgs);
    expect(generateOrganisations(7).map((o) => o.name)).not.toEqual(orgs.map((o) => o.name));
  });

  it('gives stable, unique ids SYN00001… in list order', () => {
    orgs.forEach((o, i) => {
      expect(o.index).toBe(i);
      expect(o.id).toBe(`SYN${String(i + 1).padStart(5, '0')}`);
    });
  });

  it('places every agency in a real province and one of its districts', () => {
    const districts = new Map(PROVINCES.map((p) => [p.nameTh, new Set(p.districts)]));
    for (const o of orgs) {
      expect(REAL_PROVINCES).toContain(o.province);
      expect(districts.get(o.province)?.has(o.district)).toBe(true);
      if (AGENCY_TYPE[o.type].local) expect(o.province).not.toBe('กรุงเทพมหานคร');
    }
  });

  it('names agencies uniquely within a district, with their type as prefix for local ones', () => {
    const seen = new Set<string>();
    for (const o of orgs) {
      const key = `${o.province}|${o.district}|${o.name}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const type = AGENCY_TYPE[o.type];
      if (type.local) expect(o.name.startsWith(type.labelTh)).toBe(true);
      expect(o.name.length).toBeGreaterThan(type.labelTh.length);
    }
  });

  it('has realistic counts: about 8,300 a year, about 7,850 of them local', () => {
    const perYear = [8296, 8303, 8300, 8303, 8310, 8325, 8317];
    perYear.forEach((n, i) => expect(count((o) => isActive(o, 2562 + i))).toBe(n));
    const active = (o: SyntheticOrg): boolean => isActive(o, 2567);
    const local = count((o) => active(o) && AGENCY_TYPE[o.type].local);
    expect(local).toBeGreaterThan(7800);
    expect(local).toBeLessThan(7900);
    const ofType = (k: SyntheticOrg['type']): number => count((o) => active(o) && o.type === k);
    expect(ofType('sao')).toBeGreaterThan(5250);
    expect(ofType('sao')).toBeLessThan(5350);
    expect(ofType('tambonMunicipality')).toBeGreaterThan(2200);
    expect(ofType('tambonMunicipality')).toBeLessThan(2300);
    expect(ofType('townMunicipality')).toBeGreaterThan(185);
    expect(ofType('cityMunicipality')).toBe(30);
    expect(ofType('pao')).toBe(76);
    expect(ofType('province')).toBe(76);
    expect(AGENCY_TYPES.filter((t) => !t.local).reduce((n, t) => n + t.count, 0)).toBe(450);
  });

  it('keeps most agencies through 2562–2568 and lets a few appear or disappear', () => {
    const always = count((o) => o.firstYear === 2562 && o.lastYear === 2568);
    expect(always).toBeGreaterThan(8250);
    expect(count((o) => o.firstYear > 2562)).toBeGreaterThan(20);
    expect(count((o) => o.lastYear < 2568)).toBeGreaterThan(20);
    for (const o of orgs) expect(o.firstYear).toBeLessThanOrEqual(o.lastYear);
  });

  it('has one provincial administrative organisation per province outside Bangkok', () => {
    const paoProvinces = orgs.filter((o) => o.type === 'pao').map((o) => o.province);
    expect(new Set(paoProvinces).size).toBe(76);
    expect(paoProvinces).not.toContain('กรุงเทพมหานคร');
  });
});
