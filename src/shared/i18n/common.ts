import { SINGLE_FILE } from '@/shared/env/single-file';
import { en } from './common-en';
import { th, type MessageKey } from './common-th';
import { defineMessages } from './messages';

export type { MessageKey };

/**
 * Texts that read differently in the one-file build (npm run build:single), which does not carry the
 * national demo: a link to it lands on a message that says where the demo comes from instead of how a
 * maintainer builds it.
 */
const SINGLE_FILE_TEXTS = {
  th: {
    'open.demo.missing':
      'ไฟล์นี้ไม่ได้รวมข้อมูลสังเคราะห์ระดับประเทศไว้ — ไปที่หน้าข้อมูล แล้วเลือกไฟล์ national.bin ที่ดาวน์โหลดแยกไว้',
  },
  en: {
    'open.demo.missing':
      'This file does not carry the synthetic national data: on the Data page, choose the national.bin you downloaded separately.',
  },
} satisfies { th: Partial<Record<MessageKey, string>>; en: Partial<Record<MessageKey, string>> };

/** The app's common texts (the shell and what several views say alike), read through `useI18n().t`. */
export const commonMessages = SINGLE_FILE
  ? defineMessages<MessageKey>({ ...th, ...SINGLE_FILE_TEXTS.th }, { ...en, ...SINGLE_FILE_TEXTS.en })
  : defineMessages<MessageKey>(th, en);
