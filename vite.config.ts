/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';
import { contentSecurityPolicyInBuild } from './scripts/vite/content-security-policy.ts';

/** Hosting under a sub-path: `BASE_PATH=/console/ npm run build`. */
const base = process.env.BASE_PATH ?? '/';
/** Where the build goes: `dist/` is the user's; the test run builds into its own folder (`OUT_DIR=dist-e2e`). */
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  base,
  plugins: [react(), tailwindcss(), contentSecurityPolicyInBuild()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir,
    manifest: true,
    target: 'es2022',
    sourcemap: false,
  },
  worker: { format: 'es' },
  // `npm run preview` takes the next free port when 4173 is taken, and prints the address.
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/i18n/test-setup.ts'],
    pool: 'threads',
    testTimeout: 20_000,
  },
});
