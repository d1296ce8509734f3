/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API (NestJS) listens on :3000 in development; `npm start` at the root
// serves the built UI from admin-ui/dist on the same origin.
export default defineConfig({
    plugins: [react()],
    // Absolute asset URLs: the public pages live at real paths (/directorio, /buzon/…).
    base: '/',
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
        // Routes are split with React.lazy: the entry (react, react-admin core, MUI)
        // is ~475 kB minified / ~150 kB gzip and the dashboard (recharts) ~470 kB;
        // warn if any chunk grows past 600 kB minified.
        chunkSizeWarningLimit: 600,
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
