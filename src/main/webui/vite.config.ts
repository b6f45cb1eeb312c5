/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Quinoa runs the build (and so the component tests in it) with NODE_ENV=production, where React leaves out act().
if (process.env.VITEST) process.env.NODE_ENV = 'test';

export default defineConfig({
  plugins: [react()],
  // The budget that counts is scripts/check-size.mjs' (gzipped, docs/dashboard.md); Vite's raw-size warning is not it.
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 800 },
  // quarkus:dev proxies this dev server (quarkus.quinoa.dev-server.port); not Vite's default port, which another
  // project on the machine may hold.
  server: { port: 15183, strictPort: true, host: '127.0.0.1' },
  test: { environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'] },
});
