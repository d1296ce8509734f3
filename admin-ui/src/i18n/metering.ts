import type { SameKeys } from './same-keys';

/** Messages of the meters, their readings and the general settings, merged into es.ts and en.ts. */
export const meteringEs = {
    resources: {
        meters: {
            name: 'Medidor |||| Medidores',
            fields: {
                id: 'Identificador', q: 'Buscar clave', serviceId: 'Servicio', serviceName: 'Servicio', buildingId: 'Inmueble',
                buildingCode: 'Inmueble', code: 'Clave del medidor', kind: 'Tipo', spaceId: 'Espacio que mide', spaceCode: 'Espacio',
                active: 'Activo', createdAt: 'Fecha de registro', updatedAt: 'Última modificación',
            },
        },
        'meter-readings': {
            name: 'Lectura |||| Lecturas',
            fields: {
                id: 'Identificador', meterId: 'Medidor', meterCode: 'Medidor', serviceId: 'Servicio', buildingId: 'Inmueble', period: 'Periodo',
                reading: 'Lectura', readOn: 'Leída el', locked: 'Facturada', adjustment: 'Ajuste', adjustmentReason: 'Motivo del ajuste',
                previousReading: 'Lectura anterior', consumption: 'Consumo', createdAt: 'Fecha de registro', updatedAt: 'Última modificación',
            },
        },
    },
    csa: {
        meter_kind: { main: 'Principal', sub: 'Submedidor' },
        settings: {
            title: 'Parámetros generales',
            intro: 'Valores de la DGRM que usan los reportes, los planes de supervisión y las filas de turnos. Cada cambio queda en la bitácora.',
            occupancy: 'Ocupación',
            supervision: 'Supervisión aleatoria',
            queue: 'Turnos preferentes',
            maxM2PerPerson: 'Superficie máxima por persona (m²)',
            maxM2PerPerson_help: 'Límite general de m² útiles por persona; una unidad usuaria puede tener el suyo.',
            supervisionSampleSize: 'Espacios por plan mensual',
            supervisionSampleSize_help: 'Cuántos espacios sortea cada plan nuevo entre todos los inmuebles.',
            supervisionCoverageMonths: 'Cobertura (meses)',
            supervisionCoverageMonths_help: 'Cada unidad usuaria activa se supervisa al menos una vez en este número de meses.',
            preferentialEvery: 'Llamadas generales antes de un turno preferente',
            preferentialEvery_help: 'Un turno preferente en espera se llama tras, a lo más, este número de turnos generales.',
            generalMaxDelayMinutes: 'Ventaja máxima de un turno general (min)',
            generalMaxDelayMinutes_help: 'Un turno preferente nunca rebasa a uno general emitido más de estos minutos antes.',
            saved: 'Parámetros guardados',
            read_only: 'Sólo la administración de la DGRM cambia estos valores.',
        },
        readings: {
            title: 'Lecturas del mes',
            intro: 'Escriba las lecturas de los medidores activos de un inmueble en un periodo y guárdelas juntas: se guardan todas o ninguna.',
            period: 'Periodo',
            read_on: 'Fecha de lectura',
            previous: 'Lectura del mes anterior',
            current: 'Lectura del periodo',
            consumption: 'Consumo',
            none: 'El inmueble no tiene medidores activos.',
            pick: 'Elija un inmueble y un periodo.',
            save: 'Guardar lecturas',
            saved: 'Lecturas guardadas: %{created} nuevas, %{updated} cambiadas, %{unchanged} sin cambio.',
            nothing: 'No hay lecturas nuevas ni cambiadas que guardar.',
            locked: 'Facturada',
            lower: 'Menor que la del mes anterior',
            invalid: 'Número con hasta tres decimales',
        },
    },
};

export const meteringEn: SameKeys<typeof meteringEs> = {
    resources: {
        meters: {
            name: 'Meter |||| Meters',
            fields: {
                id: 'Id', q: 'Search code', serviceId: 'Service', serviceName: 'Service', buildingId: 'Building', buildingCode: 'Building',
                code: 'Meter code', kind: 'Kind', spaceId: 'Space measured', spaceCode: 'Space', active: 'Active', createdAt: 'Created',
                updatedAt: 'Last changed',
            },
        },
        'meter-readings': {
            name: 'Reading |||| Readings',
            fields: {
                id: 'Id', meterId: 'Meter', meterCode: 'Meter', serviceId: 'Service', buildingId: 'Building', period: 'Period', reading: 'Reading',
                readOn: 'Read on', locked: 'Billed', adjustment: 'Adjustment', adjustmentReason: 'Adjustment reason',
                previousReading: 'Previous reading', consumption: 'Consumption', createdAt: 'Created', updatedAt: 'Last changed',
            },
        },
    },
    csa: {
        meter_kind: { main: 'Main', sub: 'Sub-meter' },
        settings: {
            title: 'General settings',
            intro: 'Values of the DGRM used by the reports, the supervision plans and the waiting lines. Every change is audited.',
            occupancy: 'Occupancy',
            supervision: 'Random supervision',
            queue: 'Preferential tickets',
            maxM2PerPerson: 'Maximum area per person (m²)',
            maxM2PerPerson_help: 'General limit of usable m² per person; an agency may have its own.',
            supervisionSampleSize: 'Spaces per monthly plan',
            supervisionSampleSize_help: 'How many spaces each new plan draws across all buildings.',
            supervisionCoverageMonths: 'Coverage (months)',
            supervisionCoverageMonths_help: 'Every active agency is inspected at least once in this many months.',
            preferentialEvery: 'General calls before a preferential ticket',
            preferentialEvery_help: 'A waiting preferential ticket is called after at most this many general tickets.',
            generalMaxDelayMinutes: 'Largest head start of a general ticket (min)',
            generalMaxDelayMinutes_help: 'A preferential ticket never overtakes a general one issued more than this many minutes before it.',
            saved: 'Settings saved',
            read_only: 'Only the DGRM administration changes these values.',
        },
        readings: {
            title: 'Readings of the month',
            intro: 'Type the readings of a building’s active meters for a period and save them together: all of them or none.',
            period: 'Period',
            read_on: 'Read on',
            previous: 'Previous month’s reading',
            current: 'Reading of the period',
            consumption: 'Consumption',
            none: 'The building has no active meters.',
            pick: 'Choose a building and a period.',
            save: 'Save readings',
            saved: 'Readings saved: %{created} new, %{updated} changed, %{unchanged} unchanged.',
            nothing: 'No new or changed readings to save.',
            locked: 'Billed',
            lower: 'Lower than the previous month’s',
            invalid: 'A number with up to three decimals',
        },
    },
};
