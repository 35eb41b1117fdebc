import type { Lang } from '@analysis/text/lang';
import type { Framework } from '@analysis/frameworks/types';

/** The wording of a code in a framework year: question text, OIT item title, or indicator name. */
export function codeText(fw: Framework, code: string, lang: Lang): string {
  const th = lang === 'th';
  if (/^\d+$/.test(code)) {
    const ind = fw.indicators.find((i) => i.id === Number(code));
    return ind ? (th ? ind.nameTh : ind.nameEn) : code;
  }
  const q = fw.questions.find((x) => x.code === code);
  if (q) return th ? q.textTh : q.textEn;
  const o = fw.oitItems.find((x) => x.code === code);
  if (o) return th ? o.titleTh : o.titleEn;
  return code;
}
