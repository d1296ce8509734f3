import type { PublicCenter } from './publicApi';

/** Two centres as GET /api/public/centers answers them. */
export const centers: PublicCenter[] = [
    {
        code: 'CSA-TOL',
        name: 'CSA Toluca',
        municipality: 'Toluca',
        address: 'Av. Independencia Pte. 102, Centro',
        phone: '722 276 0000',
        opensAt: '09:00',
        closesAt: '18:00',
        operatingDays: 'Lunes a viernes',
        latitude: 19.28,
        longitude: -99.65,
        services: ['bank', 'cafeteria', 'virtual_office'],
        agencies: [
            {
                id: 'a-semov',
                acronym: 'SEMOV-LIC',
                name: 'Licencias de conducir',
                level: 'state',
                procedures: [
                    { id: 'p-1', name: 'Reposición de tarjeta de circulación', description: null, requirements: null },
                    { id: 'p-2', name: 'Licencia de conducir tipo A', description: 'Expedición y renovación', requirements: 'INE, comprobante de domicilio' },
                ],
            },
            {
                id: 'a-rc',
                acronym: 'RC-EDOMEX',
                name: 'Registro Civil',
                level: 'state',
                procedures: [{ id: 'p-3', name: 'Copia certificada de acta de nacimiento', description: null, requirements: null }],
            },
        ],
    },
    {
        code: 'CSA-ATL',
        name: 'CSA Atlacomulco',
        municipality: 'Atlacomulco',
        address: 'Carretera Toluca-Atlacomulco km 60',
        phone: null,
        opensAt: '09:00',
        closesAt: '17:00',
        operatingDays: 'Lunes a viernes',
        latitude: null,
        longitude: null,
        services: [],
        agencies: [],
    },
];
