/** Vite build of the staff app and the printable report: served by the server under /app/ from web/dist. */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

export default defineConfig({
  base: '/app/',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or styles: the server's Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    // The app, and the printable annual report: a page of its own, without the app's shell or
    // session (vigie stats --pdf prints it), sharing the statistics charts through common chunks.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        report: fileURLToPath(new URL('report.html', import.meta.url)),
      },
      // React in a chunk of its own, named so: the app and the report both load it.
      output: {
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  server: {
    // `npm run dev -w web` next to `npm run dev`: the API stays on the server's port.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
