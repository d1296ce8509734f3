// Builds the API and the UI when their output is missing or older than their sources.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) => {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
};
const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : -1);

export function buildIfNeeded() {
  if (builtAt('dist/src/main.js') < Math.max(newest('src'), newest('migrations'))) {
    console.log('Compilando la API…');
    execSync('npx nest build', { stdio: 'inherit' });
  }
  if (builtAt('admin-ui/dist/index.html') < Math.max(newest('admin-ui/src'), builtAt('admin-ui/index.html'))) {
    console.log('Compilando la interfaz…');
    execSync('npm run build -w admin-ui', { stdio: 'inherit' });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
