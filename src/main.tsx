import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import '@/styles/app.css';
import '@/styles/phone.css';
import '@/styles/theme.css';
import '@/styles/focus.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { trackInputModality } from '@/app/input-modality';
import { restoreDatasets } from '@/shared/dataset/dataset-registry';

void restoreDatasets();
trackInputModality();

// Offline after the first visit (production builds only: the dev server's modules change all the time).
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  void navigator.serviceWorker.register(new URL('sw.js', document.baseURI)).catch(() => undefined);
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
