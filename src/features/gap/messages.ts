import { defineMessages } from '@/shared/i18n/messages';
import { en } from './messages-en';
import { th } from './messages-th';

/** The gap analysis' texts in Thai and English (kept beside the feature; see src/shared/i18n/messages.ts). */
export const gapMessages = defineMessages<keyof typeof th>(th, en);
