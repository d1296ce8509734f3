export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __embedded?: { stop(): Promise<void> } }).__embedded;
  if (embedded) {
    delete process.env.DATABASE_URL;
    await embedded.stop();
  }
}
