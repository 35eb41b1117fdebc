import type { Lang } from '@analysis/text/lang';
import { slotCode, SLOT_E0, SLOT_I0, SLOT_O0, SLOT_COUNT } from '@analysis/codes';
import { indicatorsFor } from '@analysis/frameworks/indicators';

/** One choice of the score select: its text for parseValue and its label. */
export interface ValueOption {
  value: string;
  label: string;
}

export interface ValueGroup {
  label: string;
  options: ValueOption[];
}

/** Any year from 2566 on: indicators under their current names. */
const CURRENT = Number.MAX_SAFE_INTEGER;

/**
 * The scores a table can summarise: the overall and the tools, the ten indicators, and every question and
 * OIT item code the data holds (`slotCounts` from the loaded dataset: rows per code slot).
 */
export function valueGroups(slotCounts: Float64Array, lang: Lang): ValueGroup[] {
  const th = lang === 'th';
  const codes = (from: number, to: number): ValueOption[] => {
    const out: ValueOption[] = [];
    for (let s = from + 1; s <= to && s < SLOT_COUNT; s++)
      if ((slotCounts[s] ?? 0) > 0) out.push({ value: slotCode(s), label: slotCode(s) });
    return out;
  };
  const groups: ValueGroup[] = [
    {
      label: th ? 'คะแนนรวมและเครื่องมือ' : 'Overall and tools',
      options: [
        { value: 'overall', label: th ? 'คะแนนรวม' : 'Overall score' },
        { value: 'IIT', label: 'IIT' },
        { value: 'EIT', label: 'EIT' },
        { value: 'OIT', label: 'OIT' },
      ],
    },
    {
      label: th ? 'ตัวชี้วัด' : 'Indicators',
      options: indicatorsFor(CURRENT).map((d) => ({
        value: String(d.id),
        label: `${d.id}. ${th ? d.nameTh : d.nameEn}`,
      })),
    },
    { label: th ? 'ข้อคำถาม IIT' : 'IIT questions', options: codes(SLOT_I0, SLOT_E0) },
    { label: th ? 'ข้อคำถาม EIT' : 'EIT questions', options: codes(SLOT_E0, SLOT_O0) },
    { label: th ? 'ข้อ OIT' : 'OIT items', options: codes(SLOT_O0, SLOT_COUNT - 1) },
  ];
  return groups.filter((g) => g.options.length > 0);
}
