/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const backend = process.env.STAMMKUNDE_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  base: '/',
  server: {
    port: 5173,
    // Everything the backend serves besides the SPA. changeOrigin: false keeps Host at :5173, so the backend sees
    // the same origin as in production (SPA and API from one server) and cookies need no special settings.
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/actuator': { target: backend, changeOrigin: false },
      '/v3': { target: backend, changeOrigin: false },
      '/swagger-ui': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    testTimeout: 15000,
    // Vitest's default is one worker less than there are cores: one worker on a 2-core machine. Test files share a
    // worker's module cache (isolate: false) so Mantine, React and i18next are imported once per worker instead of
    // once per file: 61 files took ~280 s isolated on one worker and ~80 s like this. Every file cleans up after
    // itself (setup.ts: cleanup, restoreMocks, no module mocks), which is what sharing needs.
    isolate: false,
    maxWorkers: 2,
  },
});
