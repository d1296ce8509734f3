import { InvalidEnvironmentError, loadEnvironment } from './environment';

describe('loadEnvironment', () => {
  it('runs on the embedded database with defaults', () => {
    const env = loadEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', JWT_EXPIRES_IN: '30m', embedded: true });
  });

  it('names the wrong variable', () => {
    expect(() => loadEnvironment({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadEnvironment({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadEnvironment({ JWT_EXPIRES_IN: 'forever' })).toThrow(/JWT_EXPIRES_IN/);
    expect(() => loadEnvironment({ DEMO_DATA: 'maybe' })).toThrow(/DEMO_DATA/);
    expect(() => loadEnvironment({ LOG_LEVEL: 'loud' })).toThrow(InvalidEnvironmentError);
  });

  it('requires a strong JWT_SECRET on a real PostgreSQL, and admin credentials in pairs', () => {
    expect(() => loadEnvironment({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(/JWT_SECRET es obligatorio/);
    expect(() => loadEnvironment({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadEnvironment({ ADMIN_USERNAME: 'root' })).toThrow(/ADMIN_PASSWORD/);
    expect(loadEnvironment({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: 'x'.repeat(32), DEMO_DATA: 'true' })).toMatchObject({ embedded: false, DEMO_DATA: true });
  });

  it('refuses a weak first administrator password, naming the variable', () => {
    for (const weak of ['corta-9', '123456789012', 'root-password-1', 'demo-admin-2026', 'gobiernoedomex']) {
      expect(() => loadEnvironment({ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: weak })).toThrow(/ADMIN_PASSWORD/);
    }
    expect(loadEnvironment({ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'girasol-Tambor-cuarzo-81' })).toMatchObject({ ADMIN_USERNAME: 'root' });
  });
});
