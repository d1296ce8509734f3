// `npm start`: build what is missing, then run the server (embedded PostgreSQL unless DATABASE_URL is set).
import { buildIfNeeded } from './build-if-needed.mjs';

buildIfNeeded();
await import('../dist/src/main.js');
