import { DEMO_USERS } from '../demo/demo-catalog';
import { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

const owner = { username: 'maria.lopez', fullName: 'María Guadalupe López Sánchez', email: 'mlopez@edomex.gob.mx' };

describe('passwordProblem', () => {
  it('accepts a long passphrase unrelated to its owner', () => {
    expect(passwordProblem('girasol-Tambor-cuarzo-81', owner)).toBeNull();
  });

  it.each([
    ['shorter than the minimum', 'Zq8#kLm2!pW'],
    ['ten spaces and two more', ' '.repeat(PASSWORD_MIN_LENGTH)],
    ['digits in a row', '123456789012'],
    ['the username', 'maria.lopez2026'],
    ['the username in capitals', 'MARIA.LOPEZ-clave'],
    ['the owner’s names', 'GuadalupeSanchez1'],
    ['the owner’s e-mail', 'mlopez@edomex.gob.mx'],
    ['the owner’s mailbox', 'Mlopez-girasol-81'],
    ['a keyboard walk', 'qwertyuiop123'],
    ['a common word repeated', 'contraseñacontraseña'],
    ['the product’s own words', 'gobiernoedomex'],
    ['a pattern repeated', 'passwordpassword1'],
  ])('refuses %s', (_, password) => {
    expect(passwordProblem(password, owner)).toEqual(expect.any(String));
  });

  it('refuses every demo password, for any user', () => {
    for (const demo of DEMO_USERS) expect(passwordProblem(demo.password, owner)).toEqual(expect.any(String));
  });

  it('answers in Spanish', () => {
    expect(passwordProblem('123456789012', owner)).toMatch(/^La contraseña es fácil de adivinar/);
    expect(passwordProblem('corta', owner)).toBe(`Use al menos ${PASSWORD_MIN_LENGTH} caracteres`);
  });
});
