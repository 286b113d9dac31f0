/** Vite build of the staff app: served by the server under /app/ from web/dist. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or styles: the server's Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev -w web` next to `npm run dev`: the API stays on the server's port.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
