import { useMessages } from '@/shared/i18n/messages';
import type { CompareParams } from '@/shared/url/routes/compare';
import { compareMessages } from '../messages';

/** The scope in words: `เชียงใหม่ · อ.สันทราย · เทศบาลตำบล`, or the whole country. */
export function useScopeLabel(p: Pick<CompareParams, 'province' | 'district' | 'type'>): string {
  const m = useMessages(compareMessages);
  const parts = [
    p.province ? m('scope.inProvince', { name: p.province }) : null,
    p.district ? m('scope.inDistrict', { name: p.district }) : null,
    p.type,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : m('scope.country');
}
