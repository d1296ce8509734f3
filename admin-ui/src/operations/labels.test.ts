import { shortLabel } from './labels';

describe('chart labels', () => {
    it('keep the code or acronym of «CODE — name», and drop the long prefix of a CSA name', () => {
        expect(shortLabel('CSA-TOL — Centro de Servicios Administrativos Toluca')).toBe('CSA-TOL');
        expect(shortLabel('IFREM — Instituto de la Función Registral del Estado de México')).toBe('IFREM');
        expect(shortLabel('Centro de Servicios Administrativos Chalco')).toBe('Chalco');
        expect(shortLabel('Estatal')).toBe('Estatal');
    });
});
