/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API (NestJS) listens on :3000 in development; `npm start` at the root
// serves the built UI from admin-ui/dist on the same origin.
export default defineConfig({
    plugins: [react()],
    base: './',
    server: {
        port: 5173,
        proxy: {
            '/api': {
                target: process.env.API_URL ?? 'http://localhost:3000',
                changeOrigin: true,
            },
        },
    },
    build: {
        outDir: 'dist',
        sourcemap: false,
        // The react-admin + MUI vendor chunk is ~1 MB minified (~300 kB gzip);
        // everything else is split per route with React.lazy.
        chunkSizeWarningLimit: 1200,
    },
    test: {
        environment: 'jsdom',
        globals: true,
        setupFiles: ['./src/test/setup.ts'],
        include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
        css: false,
        testTimeout: 20000,
    },
});
