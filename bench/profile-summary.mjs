// Summarises a V8 .cpuprofile: where the server's CPU time went, by package and by function.
//   node bench/profile-summary.mjs bench-results/profiles/api-list.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';

export function summarise(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  // Sample counts weighted by the time delta of each sample.
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const groupOf = (frame) => {
    const url = frame.url ?? '';
    if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native / V8 builtins)';
    const nm = url.lastIndexOf('node_modules/');
    if (nm >= 0) {
      const rest = url.slice(nm + 'node_modules/'.length).split('/');
      return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    }
    if (url.startsWith('node:')) return 'node core';
    if (url.includes('/dist/src/')) return 'app (dist/src)';
    if (url.includes('/bench/')) return 'bench';
    return url;
  };
  const groups = new Map();
  const functions = new Map();
  for (const [id, us] of self) {
    const frame = byId.get(id).callFrame;
    const group = groupOf(frame);
    groups.set(group, (groups.get(group) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'}  ${(frame.url ?? '').replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const pct = (us) => ((100 * us) / total).toFixed(1).padStart(5);
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  const lines = [`CPU profile: ${(total / 1e6).toFixed(2)} s sampled`, '', 'Self time by package:'];
  for (const [g, us] of sorted(groups).slice(0, top)) lines.push(`  ${pct(us)}%  ${g}`);
  lines.push('', 'Self time by function:');
  for (const [f, us] of sorted(functions).slice(0, top)) lines.push(`  ${pct(us)}%  ${f}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  const topAt = process.argv.indexOf('--top');
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')), topAt > 0 ? Number(process.argv[topAt + 1]) : 25));
}
