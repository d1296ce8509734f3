// `npm run dev`: the API with nest's watch mode and the UI on Vite's dev server (proxying /api).
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['nest', 'start', '--watch'], { stdio: 'inherit' }),
  spawn('npm', ['run', 'dev', '-w', 'admin-ui'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => { if (code) { stop(); process.exitCode = code; } }));
