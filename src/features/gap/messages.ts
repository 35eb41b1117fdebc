import { defineMessages } from '@/shared/i18n/feature-messages';
import { en } from './messages-en';
import { th } from './messages-th';

/** The gap analysis' texts in Thai and English (kept beside the feature; see feature-messages.ts). */
export const messages = defineMessages<keyof typeof th>(th, en);
