import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** Placeholder shell until the app issue lands: says what the project is; no views are faked. */
function App() {
  return (
    <main style={{ fontFamily: 'sans-serif', maxWidth: 720, margin: '3rem auto', lineHeight: 1.6 }}>
      <h1>ITA Lens</h1>
      <p>เครื่องมือวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) — อยู่ระหว่างการพัฒนา</p>
      <p>
        The domain core and the <code>ita</code> command line are ready:{' '}
        <code>npm run ita -- analyse FILE</code>.
      </p>
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
