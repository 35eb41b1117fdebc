/**
 * IIT questions I1–I30 (internal stakeholder survey), six per indicator: I1–I6 → 1, I7–I12 → 2,
 * I13–I18 → 3, I19–I24 → 4, I25–I30 → 5 (shared/domain/ITA.md).
 *
 * `textTh` is the question as the NACC form words it, sub-items after a colon, so that officers find the
 * text they know: the fiscal-2564 form (a faithful copy of the NACC's online form, sources.md §4) for
 * 2562–2565, and for 2566 on the items seed 004 quotes (I9, I14, I16, I21). Other 2566+ items keep the
 * 2564 wording, marked with `formYear: 2564`, since no source shows their new wording. `textEn` is our
 * translation. Scale and polarity: sources.md §4.
 */
import type { Polarity, QuestionDef, Scale } from './types';

type Row = [
  code: string,
  indicator: number,
  th: string,
  en: string,
  scale: Scale | null,
  pol: Polarity | null,
  shortTh: string,
  shortEn: string,
];

function toQuestions(rows: readonly Row[], formYear?: (code: string) => number | undefined): QuestionDef[] {
  return rows.map(([code, indicator, textTh, textEn, scale, polarity, shortTh, shortEn]) => {
    const q: QuestionDef = {
      code,
      tool: 'IIT',
      indicator,
      textTh,
      textEn,
      scale,
      polarity,
      shortTh,
      shortEn,
    };
    const from = formYear?.(code);
    return from === undefined ? q : { ...q, formYear: from };
  });
}

const P: Polarity = 'positive';
const N: Polarity = 'negative';
const MONEY = 'เงิน; ทรัพย์สิน; ประโยชน์อื่น ๆ ที่อาจคำนวณเป็นเงินได้ เช่น การลดราคา การรับความบันเทิง เป็นต้น';

/** The 2564 form; assumed to hold for 2562–2565. I11 mixes a positive and a reverse-worded part: polarity null. */
const FORM_2564: readonly Row[] = [
  [
    'I1',
    1,
    'บุคลากรในหน่วยงานของท่าน ปฏิบัติงาน/ให้บริการแก่ผู้มาติดต่อ ตามประเด็นดังต่อไปนี้ มากน้อยเพียงใด: เป็นไปตามขั้นตอนที่กำหนด; เป็นไปตามระยะเวลาที่กำหนด',
    'How far do staff of your agency work for or serve the people who deal with them: following the set steps; within the set time?',
    'L4',
    P,
    'ทำงานตามขั้นตอนและเวลาที่กำหนด',
    'Works to set steps and time limits',
  ],
  [
    'I2',
    1,
    'บุคลากรในหน่วยงานของท่าน ปฏิบัติงาน/ให้บริการ แก่ผู้มาติดต่อทั่ว ๆ ไป กับผู้มาติดต่อที่รู้จักเป็นการส่วนตัวอย่างเท่าเทียมกัน มากน้อยเพียงใด',
    'How far do staff of your agency serve members of the public and people they know personally alike?',
    'L4',
    P,
    'บริการคนทั่วไปกับคนรู้จักเท่ากัน',
    'Serves strangers and acquaintances alike',
  ],
  [
    'I3',
    1,
    'บุคลากรในหน่วยงานของท่าน มีพฤติกรรมในการปฏิบัติงาน ตามประเด็นดังต่อไปนี้ อย่างไร: มุ่งผลสำเร็จของงาน; ให้ความสำคัญกับงานมากกว่าธุระส่วนตัว; พร้อมรับผิดชอบ หากความผิดพลาดเกิดจากตนเอง',
    'How do staff of your agency behave at work: aiming for results; putting the job before private business; owning mistakes they made?',
    'L4',
    P,
    'ทุ่มเทงานและรับผิดชอบความผิดพลาด',
    'Puts the job first and owns mistakes',
  ],
  [
    'I4',
    1,
    `บุคลากรในหน่วยงานของท่าน มีการเรียกรับสิ่งดังต่อไปนี้ จากผู้มาติดต่อ เพื่อแลกกับการปฏิบัติงาน การอนุมัติ อนุญาต หรือให้บริการ หรือไม่: ${MONEY}`,
    'Do staff of your agency ask the people who deal with them for money, property or other benefits worth money in exchange for work, an approval, a permit or a service?',
    'YN',
    N,
    'เรียกรับเงินหรือประโยชน์จากผู้มาติดต่อ',
    'Staff ask service users for money or favours',
  ],
  [
    'I5',
    1,
    `นอกเหนือจากการรับจากญาติหรือจากบุคคล ที่ให้กันในโอกาสต่าง ๆ โดยปกติตามขนบธรรมเนียม ประเพณี หรือวัฒนธรรม หรือให้กันตามมารยาทที่ปฏิบัติกันในสังคมแล้ว บุคลากรในหน่วยงานของท่าน มีการรับสิ่งดังต่อไปนี้ หรือไม่: ${MONEY}`,
    'Apart from what relatives and others give by custom or social courtesy, do staff of your agency accept money, property or other benefits worth money?',
    'YN',
    N,
    'รับของหรือประโยชน์เกินธรรมเนียม',
    'Staff accept gifts beyond custom',
  ],
  [
    'I6',
    1,
    `บุคลากรในหน่วยงานของท่าน มีการให้สิ่งดังต่อไปนี้ แก่บุคคลภายนอกหรือภาคเอกชน เพื่อสร้างความสัมพันธ์ที่ดีและคาดหวังให้มีการตอบแทนในอนาคต หรือไม่: ${MONEY}`,
    'Do staff of your agency give outsiders or private firms money, property or other benefits to build ties in the hope of something in return?',
    'YN',
    N,
    'ให้ประโยชน์คนนอกเพื่อหวังผลตอบแทน',
    'Agency gives outsiders favours to gain something',
  ],
  [
    'I7',
    2,
    'ท่านรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปี ของหน่วยงานของท่าน มากน้อยเพียงใด',
    "How much do you know about your agency's annual spending plan?",
    'L4',
    P,
    'บุคลากรรู้แผนใช้จ่ายงบประมาณประจำปี',
    'Staff know the annual spending plan',
  ],
  [
    'I8',
    2,
    'หน่วยงานของท่าน ใช้จ่ายงบประมาณ โดยคำนึงถึงประเด็นดังต่อไปนี้ มากน้อยเพียงใด: คุ้มค่า; ไม่บิดเบือนวัตถุประสงค์ของงบประมาณที่ตั้งไว้',
    'How far does your agency spend its budget with regard to: value for money; keeping to the purpose the budget was set for?',
    'L4',
    P,
    'ใช้งบคุ้มค่าและตรงวัตถุประสงค์',
    'Budget gives value and serves its purpose',
  ],
  [
    'I9',
    2,
    'หน่วยงานของท่าน ใช้จ่ายงบประมาณเพื่อประโยชน์ส่วนตัว กลุ่ม หรือพวกพ้อง มากน้อยเพียงใด',
    'How far does your agency spend its budget for private, group or cronies’ benefit?',
    'L4',
    N,
    'ใช้งบเพื่อประโยชน์ตนหรือพวกพ้อง',
    'Budget used for private or group gain',
  ],
  [
    'I10',
    2,
    'บุคลากรในหน่วยงานของท่าน มีการเบิกจ่ายเงิน ที่เป็นเท็จ เช่น ค่าทำงานล่วงเวลา ค่าวัสดุอุปกรณ์ หรือค่าเดินทาง ฯลฯ มากน้อยเพียงใด',
    'How far do staff of your agency make false claims, for overtime, materials or travel for example?',
    'L4',
    N,
    'เบิกจ่ายเป็นเท็จ',
    'False expense claims',
  ],
  [
    'I11',
    2,
    'หน่วยงานของท่าน มีการจัดซื้อจัดจ้าง/การจัดหาพัสดุ และการตรวจรับพัสดุในลักษณะดังต่อไปนี้ มากน้อยเพียงใด: โปร่งใส ตรวจสอบได้; เอื้อประโยชน์ให้ผู้ประกอบการรายใดรายหนึ่ง',
    'How far are your agency’s procurement and acceptance of goods: open and checkable; favouring a particular vendor?',
    'L4',
    null,
    'จัดซื้อจัดจ้างโปร่งใส ไม่เอื้อผู้ขาย',
    'Procurement open, favouring no vendor',
  ],
  [
    'I12',
    2,
    'หน่วยงานของท่าน เปิดโอกาสให้ท่าน มีส่วนร่วม ในการตรวจสอบการใช้จ่ายงบประมาณ ตามประเด็นดังต่อไปนี้ มากน้อยเพียงใด: สอบถาม; ทักท้วง; ร้องเรียน',
    'How far does your agency let you take part in checking its spending: asking; objecting; complaining?',
    'L4',
    P,
    'บุคลากรทักท้วงหรือร้องเรียนการใช้งบได้',
    'Staff can query or complain about spending',
  ],
  [
    'I13',
    3,
    'ท่านได้รับมอบหมายงานจากผู้บังคับบัญชาอย่างเป็นธรรม มากน้อยเพียงใด',
    'How fairly does your superior assign you work?',
    'L4',
    P,
    'มอบหมายงานอย่างเป็นธรรม',
    'Work assigned fairly',
  ],
  [
    'I14',
    3,
    'ท่านได้รับการประเมินผลการปฏิบัติงาน ตามระดับคุณภาพของผลงานอย่างถูกต้อง มากน้อยเพียงใด',
    'How far is your performance appraised correctly by the quality of your work?',
    'L4',
    P,
    'ประเมินผลงานตามคุณภาพจริง',
    'Performance appraised on its merits',
  ],
  [
    'I15',
    3,
    'ผู้บังคับบัญชาของท่าน มีการคัดเลือกผู้เข้ารับการฝึกอบรม การศึกษาดูงาน หรือการให้ทุนการศึกษา อย่างเป็นธรรม มากน้อยเพียงใด',
    'How fairly does your superior choose who goes to training, study visits or gets a scholarship?',
    'L4',
    P,
    'คัดเลือกคนไปอบรมหรือรับทุนอย่างเป็นธรรม',
    'Fair choice of who gets training or grants',
  ],
  [
    'I16',
    3,
    'ท่านเคยถูกผู้บังคับบัญชาสั่งการให้ทำธุระส่วนตัวของผู้บังคับบัญชา มากน้อยเพียงใด',
    "How often has your superior told you to run the superior's personal errands?",
    'L4',
    N,
    'ถูกใช้ให้ทำธุระส่วนตัวของหัวหน้า',
    "Told to run the superior's private errands",
  ],
  [
    'I17',
    3,
    'ท่านเคยถูกผู้บังคับบัญชาสั่งการให้ทำในสิ่งที่ไม่ถูกต้อง หรือมีความเสี่ยงต่อการทุจริต มากน้อยเพียงใด',
    'How often has your superior told you to do something wrong or open to corruption?',
    'L4',
    N,
    'ถูกสั่งให้ทำสิ่งผิดหรือเสี่ยงทุจริต',
    'Told to do wrong or corruption-prone things',
  ],
  [
    'I18',
    3,
    'การบริหารงานบุคคลของหน่วยงานของท่าน มีลักษณะดังต่อไปนี้ มากน้อยเพียงใด: ถูกแทรกแซงจากผู้มีอำนาจ; มีการซื้อขายตำแหน่ง; เอื้อประโยชน์ให้กลุ่มหรือพวกพ้อง',
    "How far is your agency's personnel management: interfered with by the powerful; a market in positions; bent to favour groups or cronies?",
    'L4',
    N,
    'งานบุคคลถูกแทรกแซงหรือซื้อขายตำแหน่ง',
    'Staffing decisions interfered with or bought',
  ],
  [
    'I19',
    4,
    'บุคลากรในหน่วยงานของท่าน มีการเอาทรัพย์สินของราชการ ไปเป็นของส่วนตัว หรือนำไปให้กลุ่มหรือพวกพ้อง มากน้อยเพียงใด',
    'How far do staff of your agency take government property for themselves or hand it to groups or cronies?',
    'L4',
    N,
    'เอาทรัพย์สินราชการไปใช้ส่วนตัว',
    'Government property taken for private use',
  ],
  [
    'I20',
    4,
    'ขั้นตอนการขออนุญาตเพื่อยืมทรัพย์สินของราชการ ไปใช้ปฏิบัติงานในหน่วยงานของท่าน มีความสะดวกมากน้อยเพียงใด',
    'How easy is the procedure in your agency for asking to borrow government property for work?',
    'L4',
    P,
    'ขั้นตอนยืมทรัพย์สินสะดวก',
    'Borrowing property is easy',
  ],
  [
    'I21',
    4,
    'ถ้าต้องมีการขอยืมทรัพย์สินของราชการ ไปใช้ปฏิบัติงาน บุคลากรในหน่วยงานของท่าน มีการขออนุญาตอย่างถูกต้อง มากน้อยเพียงใด',
    'When government property has to be borrowed for work, how far do staff of your agency ask permission properly?',
    'L4',
    P,
    'ยืมทรัพย์สินโดยขออนุญาตถูกต้อง',
    'Property borrowed with proper permission',
  ],
  [
    'I22',
    4,
    'บุคคลภายนอกหรือภาคเอกชน มีการนำทรัพย์สินของราชการไปใช้ โดยไม่ได้ขออนุญาตอย่างถูกต้อง จากหน่วยงานของท่าน มากน้อยเพียงใด',
    'How far do outsiders or private firms use government property without proper permission from your agency?',
    'L4',
    N,
    'คนนอกใช้ทรัพย์สินโดยไม่ขออนุญาต',
    'Outsiders use property without permission',
  ],
  [
    'I23',
    4,
    'ท่านรู้แนวปฏิบัติของหน่วยงานของท่าน เกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง มากน้อยเพียงใด',
    "How well do you know your agency's rules for using government property properly?",
    'L4',
    P,
    'บุคลากรรู้แนวทางใช้ทรัพย์สินที่ถูกต้อง',
    'Staff know how property may be used',
  ],
  [
    'I24',
    4,
    'หน่วยงานของท่าน มีการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ เพื่อป้องกันไม่ให้มีการนำไปใช้ประโยชน์ส่วนตัว กลุ่ม หรือพวกพ้อง มากน้อยเพียงใด',
    'How far does your agency oversee and check the use of government property so that it is not used for private, group or cronies’ benefit?',
    'L4',
    P,
    'หน่วยงานกำกับดูแลการใช้ทรัพย์สิน',
    'Agency oversees use of property',
  ],
  [
    'I25',
    5,
    'ผู้บริหารสูงสุดของหน่วยงานของท่าน ให้ความสำคัญ กับการต่อต้านการทุจริต มากน้อยเพียงใด',
    'How much weight does the head of your agency give to fighting corruption?',
    'L4',
    P,
    'ผู้บริหารสูงสุดเอาจริงกับการต้านทุจริต',
    'Head of agency takes anti-corruption seriously',
  ],
  [
    'I26',
    5,
    'หน่วยงานของท่าน มีการดำเนินการ ดังต่อไปนี้ หรือไม่: ทบทวนนโยบายหรือมาตรการป้องกันการทุจริตในหน่วยงานให้มีประสิทธิภาพ; จัดทำแผนงานด้านการป้องกันและปราบปรามการทุจริตของหน่วยงาน',
    'Does your agency: review its anti-corruption policy or measures to make them work; draw up a plan to prevent and suppress corruption?',
    'YN',
    P,
    'ทบทวนมาตรการและมีแผนป้องกันทุจริต',
    'Measures reviewed; prevention plan in place',
  ],
  [
    'I27',
    5,
    'ปัญหาการทุจริตในหน่วยงานของท่าน ได้รับการแก้ไข มากน้อยเพียงใด',
    'How far are corruption problems in your agency being put right?',
    'L4',
    P,
    'ปัญหาทุจริตได้รับการแก้ไข',
    'Corruption problems get fixed',
  ],
  [
    'I28',
    5,
    'หน่วยงานของท่าน มีการดำเนินการดังต่อไปนี้ ต่อการทุจริตในหน่วยงาน มากน้อยเพียงใด: เฝ้าระวังการทุจริต; ตรวจสอบการทุจริต; ลงโทษทางวินัย เมื่อมีการทุจริต',
    'How far does your agency act on corruption inside it: watching for it; investigating it; disciplining those involved?',
    'L4',
    P,
    'เฝ้าระวัง ตรวจสอบ และลงโทษผู้ผิด',
    'Watch, investigate and discipline',
  ],
  [
    'I29',
    5,
    'หน่วยงานของท่าน มีการนำผลการตรวจสอบของฝ่ายตรวจสอบ ทั้งภายในและภายนอกหน่วยงานไปปรับปรุงการทำงาน เพื่อป้องกันการทุจริตในหน่วยงาน มากน้อยเพียงใด',
    'How far does your agency use the findings of internal and external auditors to improve its work against corruption?',
    'L4',
    P,
    'นำผลตรวจสอบภายในและภายนอกไปปรับปรุง',
    'Audit findings put to use',
  ],
  [
    'I30',
    5,
    'หากท่านพบเห็นแนวโน้มการทุจริตที่จะเกิดขึ้นในหน่วยงานของท่าน ท่านมีความคิดเห็นต่อประเด็นดังต่อไปนี้ อย่างไร: สามารถร้องเรียนและส่งหลักฐานได้อย่างสะดวก; สามารถติดตามผลการร้องเรียนได้; มั่นใจว่าจะมีการดำเนินการอย่างตรงไปตรงมา; มั่นใจว่าจะปลอดภัยและไม่มีผลกระทบต่อตนเอง',
    'If you saw signs of corruption coming in your agency, how far could you: complain and send evidence easily; follow up the complaint; trust it to be handled straight; feel safe from any harm to yourself?',
    'L4',
    P,
    'ร้องเรียนได้ ติดตามผลได้ และปลอดภัย',
    'Staff can report, follow up and feel safe',
  ],
];

/**
 * Items as seed 004 quotes them (2566 era). I9 turns from reverse-worded to positive; I14, I16 and I21
 * keep the 2564 scale and polarity, which the seed's wording agrees with.
 */
const CHANGED_2566: readonly Row[] = [
  [
    'I9',
    2,
    'หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์และคุ้มค่า มากน้อยเพียงใด',
    'How far does your agency spend its budget as intended and for good value?',
    'L4',
    P,
    'ใช้งบตรงวัตถุประสงค์และคุ้มค่า',
    'Budget used as intended and value for money',
  ],
  [
    'I14',
    3,
    'ท่านได้รับการประเมินผลการปฏิบัติงานจากผู้บังคับบัญชาของท่านอย่างเป็นธรรม มากน้อยเพียงใด',
    'How fairly does your superior appraise your performance?',
    'L4',
    P,
    'ได้รับการประเมินผลงานอย่างเป็นธรรม',
    'Appraised fairly by the superior',
  ],
  [
    'I16',
    3,
    'ท่านเคยถูกผู้บังคับบัญชาสั่งการให้ทำธุระส่วนตัวของผู้บังคับบัญชา มากน้อยเพียงใด',
    "How often has your superior told you to run the superior's personal errands?",
    'L4',
    N,
    'หัวหน้าสั่งให้ทำธุระส่วนตัว',
    'Superior orders private errands',
  ],
  [
    'I21',
    4,
    'เจ้าหน้าที่ของหน่วยงานท่านมีการขออนุญาตยืมทรัพย์สินของทางราชการไปใช้ปฏิบัติงานได้อย่างถูกต้อง มากน้อยเพียงใด',
    "How far do your agency's staff ask properly to borrow government property for their work?",
    'L4',
    P,
    'ขออนุญาตยืมทรัพย์สินอย่างถูกต้อง',
    'Staff ask properly before borrowing property',
  ],
];

/** IIT questions of fiscal years 2562–2565 (BE): the 2564 form. */
export function iitQuestions2564(): QuestionDef[] {
  return toQuestions(FORM_2564);
}

/** Codes whose 2566 wording a source shows (seed 004). */
export const IIT_2566_QUOTED: readonly string[] = CHANGED_2566.map((r) => r[0]);

/**
 * IIT questions from fiscal year 2566 (BE): the items seed 004 quotes in their new wording, the others in
 * the 2564 wording, marked as such (`formYear: 2564`), with their 2564 scale and polarity (not contradicted).
 */
export function iitQuestions2566(): QuestionDef[] {
  const changed = new Map(CHANGED_2566.map((r) => [r[0], r]));
  return toQuestions(
    FORM_2564.map((r) => changed.get(r[0]) ?? r),
    (code) => (changed.has(code) ? undefined : 2564),
  );
}
