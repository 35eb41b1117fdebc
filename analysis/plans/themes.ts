/**
 * The issues (ประเด็น) a measures plan is grouped into, in our own words after the way agencies' plans
 * group them (shared/seeds/004_*): each theme gathers the questions and OIT items it answers.
 */
export interface PlanTheme {
  id: string;
  titleTh: string;
  titleEn: string;
  /** IIT/EIT question codes of the theme. */
  questions: readonly string[];
  /** OIT sub-indicators of the theme (items are matched by their sub-indicator). */
  subIndicators: readonly string[];
}

const range = (p: string, a: number, b: number): string[] =>
  Array.from({ length: b - a + 1 }, (_, i) => `${p}${a + i}`);

export const PLAN_THEMES: readonly PlanTheme[] = [
  {
    id: 'integrity',
    titleTh: 'กลไกรับเรื่องร้องเรียนและการแก้ไข ป้องกันการทุจริตภายในหน่วยงาน',
    titleEn: 'Complaint channels and the prevention of corruption inside the agency',
    questions: [...range('I', 25, 30), 'E10', 'E15'],
    subIndicators: ['9.5', '10.1', '10.2'],
  },
  {
    id: 'service',
    titleTh: 'การปฏิบัติงานและการให้บริการที่โปร่งใส เป็นธรรม และตรงตามขั้นตอน',
    titleEn: 'Transparent, fair service that follows its stated steps and times',
    questions: [...range('I', 1, 6), ...range('E', 1, 5)],
    subIndicators: [],
  },
  {
    id: 'communication',
    titleTh: 'ช่องทางและรูปแบบการเผยแพร่ข้อมูลข่าวสารของหน่วยงาน',
    titleEn: 'How the agency publishes information and answers the public',
    questions: range('E', 6, 9),
    subIndicators: ['9.1'],
  },
  {
    id: 'improvement',
    titleTh: 'การปรับปรุงการให้บริการและระบบบริการออนไลน์ (E-Service)',
    titleEn: 'Better service and online services (E-Service)',
    questions: range('E', 11, 14),
    subIndicators: ['9.2'],
  },
  {
    id: 'budget',
    titleTh: 'ความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง',
    titleEn: 'Transparency in spending and procurement',
    questions: range('I', 7, 12),
    subIndicators: ['9.3'],
  },
  {
    id: 'authority',
    titleTh: 'การใช้อำนาจและการบริหารงานบุคคลอย่างเป็นธรรม',
    titleEn: 'Fair use of authority and personnel management',
    questions: range('I', 13, 18),
    subIndicators: ['9.4'],
  },
  {
    id: 'assets',
    titleTh: 'การกำกับดูแลการใช้ทรัพย์สินของราชการ',
    titleEn: 'Proper use of government property',
    questions: range('I', 19, 24),
    subIndicators: [],
  },
];

/** The theme of a question code, or of an OIT item by its sub-indicator; the integrity theme otherwise. */
export function themeOf(code: string, subIndicator: string | null): PlanTheme {
  const found = PLAN_THEMES.find(
    (t) => t.questions.includes(code) || (subIndicator !== null && t.subIndicators.includes(subIndicator)),
  );
  return found ?? (PLAN_THEMES[0] as PlanTheme);
}
