import { useI18n } from '@/shared/i18n/use-i18n';
import { updateSettings, useSettings } from '@/shared/i18n/settings-store';

/** Language (ไทย/English), digit (123/๑๒๓) and theme (system/light/dark) switches; all remembered. */
export function SettingsSwitches() {
  const { lang, digits, theme } = useSettings();
  const { t } = useI18n();
  return (
    <div className="switches">
      <div role="group" aria-label={t('settings.lang')} className="segmented">
        <button
          type="button"
          lang="th"
          aria-pressed={lang === 'th'}
          onClick={() => updateSettings({ lang: 'th' })}
        >
          ไทย
        </button>
        <button
          type="button"
          lang="en"
          aria-pressed={lang === 'en'}
          onClick={() => updateSettings({ lang: 'en' })}
        >
          English
        </button>
      </div>
      <div role="group" aria-label={t('settings.digits')} className="segmented">
        <button
          type="button"
          aria-pressed={digits === 'arabic'}
          title={t('settings.digitsArabicLabel')}
          onClick={() => updateSettings({ digits: 'arabic' })}
        >
          {t('settings.digitsArabic')}
          <span className="visually-hidden"> {t('settings.digitsArabicLabel')}</span>
        </button>
        <button
          type="button"
          aria-pressed={digits === 'thai'}
          title={t('settings.digitsThaiLabel')}
          onClick={() => updateSettings({ digits: 'thai' })}
        >
          {t('settings.digitsThai')}
          <span className="visually-hidden"> {t('settings.digitsThaiLabel')}</span>
        </button>
      </div>
      <select
        className="theme-select"
        aria-label={t('settings.theme')}
        title={t('settings.theme')}
        value={theme}
        onChange={(e) => {
          const v = e.currentTarget.value;
          updateSettings({ theme: v === 'light' || v === 'dark' ? v : 'system' });
        }}
      >
        <option value="system">{t('settings.themeSystem')}</option>
        <option value="light">{t('settings.themeLight')}</option>
        <option value="dark">{t('settings.themeDark')}</option>
      </select>
    </div>
  );
}
