import type { Lang } from './settings';
import type { MessageKey } from './messages-th';

/**
 * Shared texts that read differently in the one-file build (npm run build:single), which does not carry
 * the national demo: a link to it, or the compare view's button, lands on a message that says where the
 * demo comes from instead of how a maintainer builds it.
 */
export const SINGLE_FILE_TEXTS: Record<Lang, Partial<Record<MessageKey, string>>> = {
  th: {
    'open.demo.missing':
      'ไฟล์นี้ไม่ได้รวมข้อมูลสังเคราะห์ระดับประเทศไว้ — ไปที่หน้าข้อมูล แล้วเลือกไฟล์ national.bin ที่ดาวน์โหลดแยกไว้',
  },
  en: {
    'open.demo.missing':
      'This file does not carry the synthetic national data: on the Data page, choose the national.bin you downloaded separately.',
  },
};
