import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { restoreDatasets } from './lib/datasets/dataset-registry';

void restoreDatasets();

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
