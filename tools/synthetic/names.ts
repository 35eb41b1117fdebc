/**
 * Fictional agency names. Local agencies take a made-up place name built from common Thai place-name
 * parts (a landform word, then one or two descriptive words), so names read like Thai place names without
 * naming a real agency. Central agencies combine a made-up mission with a fictional place or topic.
 */
import type { Rng } from './prng';

const LANDFORMS = (
  'หนอง ดอน บ้าน ห้วย โนน นา ท่า บึง โคก วัง ทุ่ง แม่ บาง ควน คลอง ลำ กุด เขา ป่า สระ หาด ปาก หัว ดง ' +
  'ซับ สวน ไร่ เวียง ดอย ปาง สัน น้ำ แหลม ทับ คำ เนิน เหล่า โพน บุ่ง ตะพง'
).split(' ');

const WORDS = (
  'แก้ว บัว ทอง ใหญ่ น้อย สะแก ยาง ขาม ไผ่ หว้า มะม่วง ตาล จาน แดง ขาว เขียว งาม ดี เจริญ สามัคคี ศรี ชัย ' +
  'สุข โพธิ์ ไทร กระทุ่ม มะขาม ตะเคียน ยูง ม่วง คูณ ตะแบก เต็ง รัง กุง หิน ทราย เกลือ ช้าง เสือ กวาง ' +
  'นกยูง เต่า ปลา ควาย ม้า เหล็ก เงิน หลวง กลาง เหนือ ใต้ ใหม่ เก่า สูง ยาว เย็น หอม หวาน ใส เรือ ข้าว ' +
  'หมาก พลู ขนุน มะพร้าว ลำไย กระบาก พะยอม จำปา มะเดื่อ สำโรง ประดู่ ตะขบ กระโดน ชุมแสง พัฒนา ' +
  'สมบูรณ์ อุดม ธาร พฤกษ์ ทิพย์ บุญ รุ่ง สว่าง'
).split(' ');

/** A made-up place name such as ดอนไผ่งาม or ห้วยตะแบกทอง. */
export function placeName(rng: Rng): string {
  const first = rng.pick(LANDFORMS);
  const a = rng.pick(WORDS);
  if (rng.next() < 0.25) return first + a;
  let b = rng.pick(WORDS);
  while (b === a) b = rng.pick(WORDS);
  return first + a + b;
}

const VERBS = 'ส่งเสริม พัฒนา กำกับดูแล ฟื้นฟู คุ้มครอง อนุรักษ์ บริหาร สนับสนุน'.split(' ');

const TOPICS = (
  'ทรัพยากรชายฝั่ง พลังงานชุมชน ภูมิปัญญาท้องถิ่น การค้าชายแดน เกษตรที่สูง วิสาหกิจชุมชน แหล่งน้ำขนาดเล็ก ' +
  'ป่าชุมชน การท่องเที่ยวเชิงนิเวศ ผลิตภัณฑ์ชุมชน สุขภาวะผู้สูงอายุ เทคโนโลยีการประมง ระบบขนส่งชนบท ' +
  'ที่อยู่อาศัยชุมชน ทักษะแรงงานฝีมือ บริการข้อมูลภาครัฐ มาตรฐานสินค้าเกษตร ความปลอดภัยทางถนน ' +
  'พื้นที่ชุ่มน้ำ ศิลปหัตถกรรมพื้นบ้าน การจัดการขยะชุมชน นวัตกรรมท้องถิ่น สมุนไพรไทย เมืองน่าอยู่ ' +
  'การศึกษาตลอดชีวิต ระบบชลประทานชุมชน การเงินฐานราก ดิจิทัลชุมชน'
).split(' ');

const ENTERPRISE_TOPICS = (
  'ท่าเรือชายฝั่ง ไฟฟ้าชุมชน ขนส่งสินค้าเกษตร ตลาดกลางสินค้าเกษตร ประปาชนบท อุตสาหกรรมยางพารา ' +
  'คลังสินค้าเกษตร เดินเรือภายในประเทศ ปุ๋ยอินทรีย์ พัฒนานิคมเกษตร รถโดยสารระหว่างจังหวัด ' +
  'ผลิตภัณฑ์นมชุมชน ห้องเย็นประมง บริการภาคพื้นดิน สื่อสารชนบท'
).split(' ');

function missionTopic(rng: Rng): string {
  return rng.pick(VERBS) + rng.pick(TOPICS);
}

/** Kinds of central agency name, matching the central agency types. */
export type CentralNameKind = 'department' | 'enterprise' | 'publicOrg' | 'university' | 'province' | 'other';

/** A fictional central-agency name of the given kind. */
export function centralName(kind: CentralNameKind, rng: Rng): string {
  switch (kind) {
    case 'department':
      return rng.pick(['กรม', 'สำนักงาน', 'สำนักงานคณะกรรมการ']) + missionTopic(rng);
    case 'enterprise': {
      const topic = rng.pick(ENTERPRISE_TOPICS);
      const form = rng.int(3);
      if (form === 0) return `การ${topic}แห่งประเทศไทย`;
      if (form === 1) return `องค์การ${topic}`;
      return `บริษัท ${topic}${placeName(rng)} จำกัด`;
    }
    case 'publicOrg':
      return `${rng.pick(['สถาบัน', 'สำนักงาน', 'ศูนย์'])}${missionTopic(rng)} (องค์การมหาชน)`;
    case 'university':
      return (
        rng.pick(['มหาวิทยาลัย', 'มหาวิทยาลัยราชภัฏ', 'มหาวิทยาลัยเทคโนโลยีราชมงคล', 'สถาบันเทคโนโลยี']) +
        placeName(rng)
      );
    case 'province':
      return 'จังหวัด' + placeName(rng);
    default:
      return rng.pick(['กองทุน', 'สำนักงาน', 'สถาบัน']) + missionTopic(rng);
  }
}
