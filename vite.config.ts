import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` with hash routing makes one build portable: it works from any static host,
// from a sub-path, and from disk (see shared/design/pitfalls.md, "Vite static hosting").
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
});
