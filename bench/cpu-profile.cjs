// Preloaded into a server (`node --require bench/cpu-profile.cjs …`) by `npm run bench -- --profile`:
// the first SIGWINCH (not SIGUSR2: Nest's enableShutdownHooks() shuts the app down on it) starts the V8 CPU profiler, the next one stops it and writes
// $BENCH_PROFILE_DIR/<label>.cpuprofile, where <label> is read from $BENCH_PROFILE_DIR/next-label
// (so the parent can profile exactly the measured window of each target, not start-up or warm-up).
'use strict';
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  let running = false;
  process.on('SIGWINCH', () => {
    if (!running) {
      running = true;
      session.post('Profiler.start');
      return;
    }
    running = false;
    session.post('Profiler.stop', (error, result) => {
      let label = 'profile';
      try { label = fs.readFileSync(path.join(dir, 'next-label'), 'utf8').trim() || label; } catch { /* default label */ }
      const file = path.join(dir, `${label}.cpuprofile`);
      if (error) fs.writeFileSync(`${file}.error`, String(error));
      else fs.writeFileSync(file, JSON.stringify(result.profile));
    });
  });
}
