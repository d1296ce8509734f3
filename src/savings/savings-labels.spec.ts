import { DGRM_LABEL, rowLabel } from './savings-labels';

describe('savings row labels', () => {
  it('names months, levels and the DGRM’s vacancy row in Spanish', () => {
    expect(rowLabel('month', '2030-03', '2030-03')).toBe('marzo de 2030');
    expect(rowLabel('level', 'auxiliary', 'auxiliary')).toBe('Organismo auxiliar');
    expect(rowLabel('level', 'dgrm', 'dgrm')).toBe(DGRM_LABEL);
    expect(rowLabel('agency', 'dgrm', null)).toBe('DGRM (espacio vacante)');
    expect(rowLabel('building', 'x', 'CSA-TOL — Toluca')).toBe('CSA-TOL — Toluca');
    expect(rowLabel('year', '2030', '2030')).toBe('2030');
  });
});
