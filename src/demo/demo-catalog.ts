/**
 * Static data of the demo: the 11 CSA, the tenant agencies and a few word lists.
 *
 * The source document (2018 "Documentación de Mejores Prácticas") only states that there are 11 CSA,
 * 7 of them modernised, administered by the DGRM of the Secretaría de Finanzas, with the DGRM's office
 * at the CSA Toluca (Urawa No. 100 esq. Paseo Tollocan). Public sources confirm CSA Atlacomulco and
 * CSA Naucalpan. Every other name, address, area, phone, person and figure here is invented for the
 * demonstration and is marked as such in the `notes` of each record.
 */

export type GovernmentLevel = 'municipal' | 'state' | 'federal' | 'auxiliary' | 'autonomous' | 'private';
export type SpaceType =
  | 'office' | 'service_module' | 'bank' | 'cafeteria' | 'photocopy' | 'virtual_office'
  | 'orientation' | 'storage' | 'common_area' | 'other';

export const ILLUSTRATIVE_NOTE =
  'Datos ilustrativos para demostración: domicilio, superficies, teléfonos y cifras son inventados.';

export interface CatalogBuilding {
  code: string;
  name: string;
  municipality: string;
  region: string;
  address: string;
  phone: string;
  openedOn: string;
  modernized: boolean;
  opensAt: string;
  closesAt: string;
  operatingDays: string;
  latitude: number;
  longitude: number;
  /** Spaces at scale 1 (15–45) and floors at scale 1 (1–3). */
  baseSpaces: number;
  baseFloors: number;
  /** Reference market rent of offices near the building, MXN per m² per month (2019). */
  marketRent2019: number;
  notes: string;
}

export const BUILDINGS: CatalogBuilding[] = [
  {
    code: 'CSA-TOL', name: 'Centro de Servicios Administrativos Toluca', municipality: 'Toluca',
    region: 'Región XVII Toluca',
    address: 'Urawa No. 100 esquina Paseo Tollocan, Col. Izcalli IPIEM, C.P. 50150, Toluca, Estado de México',
    phone: '(722) 276 85 50', openedOn: '1980-03-17', modernized: true, opensAt: '09:00', closesAt: '18:00',
    operatingDays: 'Lunes a viernes', latitude: 19.282610, longitude: -99.655670, baseSpaces: 45, baseFloors: 3,
    marketRent2019: 250,
    notes: 'Sede de la DGRM (domicilio según el documento de mejores prácticas 2018). Inaugurado en 1980 como CROSA; CSA desde 2006. ' + ILLUSTRATIVE_NOTE,
  },
  {
    code: 'CSA-NAU', name: 'Centro de Servicios Administrativos Naucalpan', municipality: 'Naucalpan de Juárez',
    region: 'Región IX Naucalpan',
    address: 'Av. Gustavo Baz No. 2160, Col. La Loma, C.P. 53060, Naucalpan de Juárez, Estado de México',
    phone: '(55) 5360 1420', openedOn: '1981-09-07', modernized: true, opensAt: '09:00', closesAt: '18:00',
    operatingDays: 'Lunes a viernes', latitude: 19.478500, longitude: -99.239600, baseSpaces: 45, baseFloors: 3,
    marketRent2019: 290,
    notes: 'CSA confirmado en fuentes públicas. Originalmente CROSA; CSA desde 2006. ' + ILLUSTRATIVE_NOTE,
  },
  {
    code: 'CSA-ATL', name: 'Centro de Servicios Administrativos Atlacomulco', municipality: 'Atlacomulco',
    region: 'Región II Atlacomulco',
    address: 'Carretera Toluca–Atlacomulco Km 63.5, Col. Centro, C.P. 50450, Atlacomulco, Estado de México',
    phone: '(712) 122 04 35', openedOn: '1983-05-16', modernized: true, opensAt: '09:00', closesAt: '18:00',
    operatingDays: 'Lunes a viernes', latitude: 19.797500, longitude: -99.876600, baseSpaces: 40, baseFloors: 2,
    marketRent2019: 195,
    notes: 'CSA confirmado en fuentes públicas. Originalmente CROSA; CSA desde 2006. ' + ILLUSTRATIVE_NOTE,
  },
  {
    code: 'CSA-ECA', name: 'Centro de Servicios Administrativos Ecatepec', municipality: 'Ecatepec de Morelos',
    region: 'Región V Ecatepec',
    address: 'Av. Central No. 318, Col. Valle de Aragón 3a. Sección, C.P. 55280, Ecatepec de Morelos, Estado de México',
    phone: '(55) 5770 3318', openedOn: '1986-02-03', modernized: true, opensAt: '09:00', closesAt: '18:00',
    operatingDays: 'Lunes a viernes', latitude: 19.601000, longitude: -99.050000, baseSpaces: 45, baseFloors: 3,
    marketRent2019: 220,
    notes: 'Originalmente CROSA; CSA desde 2006. ' + ILLUSTRATIVE_NOTE,
  },
  {
    code: 'CSA-NEZ', name: 'Centro de Servicios Administrativos Nezahualcóyotl', municipality: 'Nezahualcóyotl',
    region: 'Región X Nezahualcóyotl',
    address: 'Av. Adolfo López Mateos No. 205, Col. Evolución, C.P. 57700, Nezahualcóyotl, Estado de México',
    phone: '(55) 5765 2207', openedOn: '1988-10-10', modernized: true, opensAt: '09:00', closesAt: '18:00',
    operatingDays: 'Lunes a viernes', latitude: 19.400600, longitude: -99.014800, baseSpaces: 44, baseFloors: 3,
    marketRent2019: 210,
    notes: 'Originalmente CROSA; CSA desde 2006. ' + ILLUSTRATIVE_NOTE,
  },
  {
    code: 'CSA-TLA', name: 'Centro de Servicios Administrativos Tlalnepantla', municipality: 'Tlalnepantla de Baz',
    region: 'Región XVI Tlalnepantla',
    address: 'Av. Mario Colín No. 12, Col. La Comunidad, C.P. 54070, Tlalnepantla de Baz, Estado de México',
    phone: '(55) 5565 4190', openedOn: '1984-07-02', modernized: true, opensAt: '09:00', closesAt: '18:00',
    operatingDays: 'Lunes a viernes', latitude: 19.540000, longitude: -99.195000, baseSpaces: 42, baseFloors: 3,
    marketRent2019: 270,
    notes: 'Originalmente CROSA; CSA desde 2006. ' + ILLUSTRATIVE_NOTE,
  },
  {
    code: 'CSA-TEX', name: 'Centro de Servicios Administrativos Texcoco', municipality: 'Texcoco',
    region: 'Región XV Texcoco',
    address: 'Av. Juárez Sur No. 415, Col. Centro, C.P. 56100, Texcoco, Estado de México',
    phone: '(595) 954 12 86', openedOn: '1994-04-18', modernized: true, opensAt: '09:00', closesAt: '18:00',
    operatingDays: 'Lunes a viernes', latitude: 19.513000, longitude: -98.882000, baseSpaces: 38, baseFloors: 2,
    marketRent2019: 200,
    notes: 'Modernizado. ' + ILLUSTRATIVE_NOTE,
  },
  {
    code: 'CSA-CHA', name: 'Centro de Servicios Administrativos Chalco', municipality: 'Chalco',
    region: 'Región I Amecameca',
    address: 'Av. Cuauhtémoc No. 94, Col. Centro, C.P. 56600, Chalco de Díaz Covarrubias, Estado de México',
    phone: '(55) 5975 0362', openedOn: '1999-11-08', modernized: false, opensAt: '09:00', closesAt: '18:00',
    operatingDays: 'Lunes a viernes', latitude: 19.264700, longitude: -98.897500, baseSpaces: 34, baseFloors: 2,
    marketRent2019: 190,
    notes: ILLUSTRATIVE_NOTE,
  },
  {
    code: 'CSA-VAL', name: 'Centro de Servicios Administrativos Valle de Bravo', municipality: 'Valle de Bravo',
    region: 'Región XIX Valle de Bravo',
    address: 'Av. Toluca No. 207, Barrio de Santa María, C.P. 51200, Valle de Bravo, Estado de México',
    phone: '(726) 262 18 40', openedOn: '2004-06-21', modernized: false, opensAt: '08:00', closesAt: '15:00',
    operatingDays: 'Lunes a viernes', latitude: 19.195000, longitude: -100.131000, baseSpaces: 28, baseFloors: 2,
    marketRent2019: 195,
    notes: ILLUSTRATIVE_NOTE,
  },
  {
    code: 'CSA-TEJ', name: 'Centro de Servicios Administrativos Tejupilco', municipality: 'Tejupilco',
    region: 'Región XII Tejupilco',
    address: 'Calle Independencia No. 35, Col. Centro, C.P. 51400, Tejupilco de Hidalgo, Estado de México',
    phone: '(724) 267 05 19', openedOn: '2008-01-14', modernized: false, opensAt: '08:00', closesAt: '15:00',
    operatingDays: 'Lunes a viernes', latitude: 18.906000, longitude: -100.152000, baseSpaces: 22, baseFloors: 1,
    marketRent2019: 180,
    notes: ILLUSTRATIVE_NOTE,
  },
  {
    code: 'CSA-IXT', name: 'Centro de Servicios Administrativos Ixtapan de la Sal', municipality: 'Ixtapan de la Sal',
    region: 'Región VI Ixtapan de la Sal',
    address: 'Blvd. Arturo San Román No. 60, Col. Centro, C.P. 51900, Ixtapan de la Sal, Estado de México',
    phone: '(721) 143 07 72', openedOn: '2010-08-30', modernized: false, opensAt: '08:00', closesAt: '15:00',
    operatingDays: 'Lunes a viernes', latitude: 18.842000, longitude: -99.678000, baseSpaces: 20, baseFloors: 1,
    marketRent2019: 180,
    notes: ILLUSTRATIVE_NOTE,
  },
];

export interface CatalogAgency {
  name: string;
  acronym: string;
  level: GovernmentLevel;
  /** Name of the parent agency (must appear earlier in the list). */
  parent?: string;
  rfc?: string;
  /** Which private service it provides (only private tenants). */
  serves?: 'bank' | 'cafeteria' | 'photocopy';
  /** Only present in this building (municipal treasuries). */
  building?: string;
  /** Always present in these buildings. */
  alwaysIn?: string[];
  /** Uses more than the 12 m²/person norm (so the "over the norm" flag shows). */
  spacious?: boolean;
  maxM2PerPerson?: number;
  notes?: string;
}

const MUNICIPAL_NOTE = 'Tesorería del municipio sede; módulo de pago de predial y agua. Enlace y datos de contacto ilustrativos.';

export const AGENCIES: CatalogAgency[] = [
  // Municipal: the treasuries of the host municipalities.
  { name: 'Tesorería Municipal de Toluca', acronym: 'TM-TOLUCA', level: 'municipal', building: 'CSA-TOL', notes: MUNICIPAL_NOTE },
  { name: 'Tesorería Municipal de Naucalpan de Juárez', acronym: 'TM-NAUCALPAN', level: 'municipal', building: 'CSA-NAU', notes: MUNICIPAL_NOTE },
  { name: 'Tesorería Municipal de Atlacomulco', acronym: 'TM-ATLACOMULCO', level: 'municipal', building: 'CSA-ATL', notes: MUNICIPAL_NOTE },
  { name: 'Tesorería Municipal de Ecatepec de Morelos', acronym: 'TM-ECATEPEC', level: 'municipal', building: 'CSA-ECA', notes: MUNICIPAL_NOTE },
  { name: 'Tesorería Municipal de Nezahualcóyotl', acronym: 'TM-NEZA', level: 'municipal', building: 'CSA-NEZ', notes: MUNICIPAL_NOTE },
  { name: 'Tesorería Municipal de Tlalnepantla de Baz', acronym: 'TM-TLALNEPANTLA', level: 'municipal', building: 'CSA-TLA', notes: MUNICIPAL_NOTE },
  { name: 'Tesorería Municipal de Texcoco', acronym: 'TM-TEXCOCO', level: 'municipal', building: 'CSA-TEX', notes: MUNICIPAL_NOTE },
  { name: 'Tesorería Municipal de Chalco', acronym: 'TM-CHALCO', level: 'municipal', building: 'CSA-CHA', notes: MUNICIPAL_NOTE },
  { name: 'Tesorería Municipal de Valle de Bravo', acronym: 'TM-VALLE', level: 'municipal', building: 'CSA-VAL', notes: MUNICIPAL_NOTE },
  { name: 'Tesorería Municipal de Tejupilco', acronym: 'TM-TEJUPILCO', level: 'municipal', building: 'CSA-TEJ', notes: MUNICIPAL_NOTE },
  { name: 'Tesorería Municipal de Ixtapan de la Sal', acronym: 'TM-IXTAPAN', level: 'municipal', building: 'CSA-IXT', notes: MUNICIPAL_NOTE },

  // State.
  { name: 'Secretaría de Finanzas del Gobierno del Estado de México', acronym: 'SF', level: 'state', alwaysIn: ['CSA-TOL'] },
  { name: 'Dirección General de Recaudación', acronym: 'DGR', level: 'state', parent: 'Secretaría de Finanzas del Gobierno del Estado de México', alwaysIn: ['CSA-TOL', 'CSA-NAU', 'CSA-ECA'] },
  { name: 'Procuraduría Fiscal del Estado de México', acronym: 'PROFISCAL', level: 'state', parent: 'Secretaría de Finanzas del Gobierno del Estado de México' },
  { name: 'Instituto de la Función Registral del Estado de México', acronym: 'IFREM', level: 'state', alwaysIn: ['CSA-TOL', 'CSA-NAU'] },
  { name: 'Secretaría de Movilidad del Estado de México', acronym: 'SEMOV', level: 'state' },
  { name: 'Dirección General del Registro Estatal de Vehículos (licencias y placas)', acronym: 'SEMOV-LIC', level: 'state', parent: 'Secretaría de Movilidad del Estado de México', spacious: true },
  { name: 'Dirección General del Registro Civil del Estado de México', acronym: 'RC-EDOMEX', level: 'state' },
  { name: 'Instituto de Seguridad Social del Estado de México y Municipios', acronym: 'ISSEMyM', level: 'state', spacious: true },
  { name: 'Procuraduría de la Defensa del Contribuyente del Estado de México', acronym: 'PRODECON-EM', level: 'state' },
  { name: 'Secretaría del Trabajo del Estado de México', acronym: 'STPS-EM', level: 'state' },
  { name: 'Instituto Mexiquense de la Vivienda Social', acronym: 'IMEVIS', level: 'auxiliary' },
  { name: 'Sistema para el Desarrollo Integral de la Familia del Estado de México', acronym: 'DIFEM', level: 'auxiliary' },
  { name: 'Instituto de Capacitación y Adiestramiento para el Trabajo Industrial', acronym: 'ICATI', level: 'auxiliary' },
  { name: 'Instituto Mexiquense de la Juventud', acronym: 'IMEJ', level: 'auxiliary' },

  // Autonomous.
  { name: 'Comisión de Derechos Humanos del Estado de México', acronym: 'CODHEM', level: 'autonomous' },
  { name: 'Instituto de Transparencia, Acceso a la Información Pública y Protección de Datos Personales del Estado de México y Municipios', acronym: 'INFOEM', level: 'autonomous' },
  { name: 'Instituto Electoral del Estado de México', acronym: 'IEEM', level: 'autonomous', spacious: true },

  // Federal.
  { name: 'Servicio de Administración Tributaria', acronym: 'SAT', level: 'federal', maxM2PerPerson: 10 },
  { name: 'Instituto Mexicano del Seguro Social', acronym: 'IMSS', level: 'federal' },
  { name: 'Instituto Nacional Electoral (Módulo de Atención Ciudadana)', acronym: 'INE', level: 'federal' },
  { name: 'Secretaría de Relaciones Exteriores (Oficina de Pasaportes)', acronym: 'SRE', level: 'federal', spacious: true },
  { name: 'Comisión Nacional para la Protección y Defensa de los Usuarios de Servicios Financieros', acronym: 'CONDUSEF', level: 'federal' },
  { name: 'Procuraduría Federal del Consumidor', acronym: 'PROFECO', level: 'federal' },
  { name: 'Instituto del Fondo Nacional de la Vivienda para los Trabajadores', acronym: 'INFONAVIT', level: 'federal' },
  { name: 'Comisión Federal de Electricidad (Centro de Atención a Clientes)', acronym: 'CFE', level: 'federal' },

  // Private tenants (leases).
  { name: 'Banco Ilustrativo del Centro, S.A.', acronym: 'BICENTRO', level: 'private', rfc: 'BIC9105143K2', serves: 'bank',
    notes: 'Institución de banca múltiple ficticia (sucursales en los CSA). Razón social, RFC y contacto ilustrativos.' },
  { name: 'Banco Ejemplo Mexiquense, S.A.', acronym: 'BANEJEM', level: 'private', rfc: 'BEM0207228Q1', serves: 'bank',
    notes: 'Institución de banca múltiple ficticia. Razón social, RFC y contacto ilustrativos.' },
  { name: 'Cafeterías La Ventanilla, S.A. de C.V.', acronym: 'LA VENTANILLA', level: 'private', rfc: 'CVE1403116A7', serves: 'cafeteria',
    notes: 'Concesionario ficticio de cafetería. Razón social, RFC y contacto ilustrativos.' },
  { name: 'Copiados y Trámites del Valle, S.A. de C.V.', acronym: 'COPIVALLE', level: 'private', rfc: 'CTV0811256N3', serves: 'photocopy',
    notes: 'Centro de fotocopiado ficticio. Razón social, RFC y contacto ilustrativos.' },
];

export const FIRST_NAMES = [
  'María Fernanda', 'José Luis', 'Guadalupe', 'Juan Carlos', 'Alejandra', 'Miguel Ángel', 'Verónica', 'Francisco Javier',
  'Adriana', 'Jorge', 'Claudia', 'Ricardo', 'Leticia', 'Arturo', 'Patricia', 'Fernando', 'Gabriela', 'Héctor',
  'Rosa María', 'Eduardo', 'Lorena', 'Óscar', 'Mónica', 'Raúl', 'Silvia', 'Sergio', 'Norma', 'Alberto',
];

export const LAST_NAMES = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz',
  'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez', 'Mendoza',
  'Ruiz', 'Aguilar', 'Ortiz', 'Castillo', 'Romero', 'Velázquez', 'Becerril', 'Albarrán', 'Garduño', 'Mercado',
];

export const TERMINATION_REASONS = [
  'Reubicación de la unidad administrativa a un inmueble propio.',
  'Cierre del módulo de atención por reestructuración de la dependencia.',
  'Solicitud de la dependencia por reducción de personal en la región.',
  'Terminación anticipada por mutuo acuerdo entre las partes.',
  'Incumplimiento reiterado del Reglamento Interno para la Administración y Funcionamiento de los CSA.',
  'Fusión de oficinas regionales de la dependencia.',
  'El particular solicitó concluir el arrendamiento antes del plazo pactado.',
];

export const SPACE_TYPE_NAMES: Record<SpaceType, string> = {
  office: 'Oficina',
  service_module: 'Módulo de atención (ventanilla)',
  bank: 'Sucursal bancaria',
  cafeteria: 'Cafetería',
  photocopy: 'Centro de fotocopiado',
  virtual_office: 'Oficina virtual (kioscos con internet)',
  orientation: 'Módulo de orientación ciudadana',
  storage: 'Bodega',
  common_area: 'Área común',
  other: 'Otro espacio',
};

export const COMMON_AREA_NAMES = ['Vestíbulo principal', 'Sala de espera', 'Sanitarios públicos', 'Pasillo de ventanillas', 'Área de lactancia'];

export const DEMO_USERS = [
  { username: 'admin', password: 'demo-admin-2026', role: 'admin', fullName: 'Administración DGRM (demo)', email: 'admin@ejemplo.gob.mx' },
  { username: 'adm.toluca', password: 'demo-edificio-2026', role: 'building_admin', fullName: 'Administración CSA Toluca y Atlacomulco (demo)', email: 'adm.toluca@ejemplo.gob.mx', buildings: ['CSA-TOL', 'CSA-ATL'] },
  { username: 'inspector', password: 'demo-inspector-2026', role: 'inspector', fullName: 'Supervisión de inmuebles (demo)', email: 'inspector@ejemplo.gob.mx' },
  { username: 'finanzas', password: 'demo-finanzas-2026', role: 'finance', fullName: 'Análisis financiero DGRM (demo)', email: 'finanzas@ejemplo.gob.mx' },
  { username: 'enlace.ifrem', password: 'demo-enlace-2026', role: 'agency_liaison', fullName: 'Enlace IFREM (demo)', email: 'enlace.ifrem@ejemplo.gob.mx', agencyAcronym: 'IFREM' },
  { username: 'auditor', password: 'demo-auditor-2026', role: 'auditor', fullName: 'Control interno (demo)', email: 'auditor@ejemplo.gob.mx' },
  { username: 'ventanilla.ifrem', password: 'demo-ventanilla-2026', role: 'clerk', fullName: 'Ventanilla IFREM Toluca (demo)', email: 'ventanilla.ifrem@ejemplo.gob.mx', agencyAcronym: 'IFREM', buildings: ['CSA-TOL'] },
  { username: 'recepcion.toluca', password: 'demo-recepcion-2026', role: 'reception', fullName: 'Módulo de orientación CSA Toluca (demo)', email: 'recepcion.toluca@ejemplo.gob.mx', buildings: ['CSA-TOL'] },
  { username: 'kiosco.toluca', password: 'demo-kiosco-2026', role: 'kiosk', fullName: 'Kiosco de turnos CSA Toluca (demo)', email: 'kiosco.toluca@ejemplo.gob.mx', buildings: ['CSA-TOL'] },
] as const;
