import type { EntityManager } from 'typeorm';
import type { DemoOptions, DemoPlan, PlannedSpace } from './seed-demo';

/**
 * Demo data of the shared-utility costs: six services per building, one exemption, fixed
 * shares for one building's cleaning, electricity meters with monthly readings, periods and monthly
 * bills. No charges and no allocation runs: the allocation engine produces those.
 *
 * History of the bills: every month from January 2019 to the month before `today`. At `scale` ≥ 10
 * (the benchmark) the bills instead cover the 120 months before `today`. The number of services
 * never depends on the scale (11 buildings × 6 services), so neither does the number of bills per month.
 *
 * Electricity of the 7 modernised buildings: a main meter and a sub-meter per space occupied today,
 * with cumulative monthly readings (sub-meters add up to 82–93 % of the main meter, which reads what
 * the CFE bills; in the month before `today` the sub-meters of CSA-NAU exceed it by 5 %, so the
 * allocation run warns). At `scale` ≥ 10 readings cover only the last 24 billed months.
 *
 * Periods: one row per month from the first billed month to the current one; every month up to two
 * months before `today` is closed (closed on the 10th of the following month by `finanzas`), the last
 * two (the month before `today` and the current one) are open.
 *
 * Suppliers other than the CFE, every contract number, account, invoice and figure are invented.
 */

export type ServiceKind = 'electricity' | 'water' | 'cleaning' | 'security' | 'internet' | 'maintenance';
export type ServiceBasis = 'area' | 'headcount' | 'submeter' | 'equal' | 'fixed';

export interface PlannedService {
  building: string;
  kind: ServiceKind;
  name: string;
  supplier: string;
  contractNumber: string;
  unit: 'kWh' | 'm3' | null;
  basis: ServiceBasis;
  notes: string;
}

export interface PlannedExemption { building: string; kind: ServiceKind; agency: string; reason: string }
export interface PlannedFixedShare { building: string; kind: ServiceKind; agency: string; monthlyAmount: string }
/** Meters of the electricity service of `building`; sub-meters name the space (code) they measure. */
export interface PlannedMeter { building: string; code: string; kind: 'main' | 'sub'; space: string | null }
export interface PlannedReading { building: string; meter: string; period: string; reading: string; readOn: string }
export interface PlannedPeriod { period: string; status: 'open' | 'closed'; closedAt: string | null; closedBy: string | null }
export interface PlannedBill {
  building: string;
  kind: ServiceKind;
  period: string;
  amount: string;
  consumption: string | null;
  unit: 'kWh' | 'm3' | null;
  invoiceNumber: string;
  issuedOn: string;
  dueOn: string;
  paidOn: string | null;
  notes: string | null;
}

export interface UtilityPlan {
  /** First and last billed periods (YYYY-MM); null when `today` is before February 2019. */
  firstPeriod: string | null;
  lastPeriod: string | null;
  services: PlannedService[];
  exemptions: PlannedExemption[];
  fixedShares: PlannedFixedShare[];
  meters: PlannedMeter[];
  /** Cumulative readings; the first one of each meter is the baseline of the month before the first bill. */
  readings: PlannedReading[];
  periods: PlannedPeriod[];
  bills: PlannedBill[];
  /** The one building and month whose sub-meters add up to ~105 % of the main meter. */
  anomaly: { building: string; period: string } | null;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** mulberry32, as in seed-demo.ts (kept local: seed-demo imports this module). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Month index: year × 12 + month − 1. */
const monthOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const ym = (m: number) => `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const firstDay = (m: number) => Math.floor(Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS);
const lastDay = (m: number) => firstDay(m + 1) - 1;
/** Centavos → "1234.56". */
const cents = (c: number) => `${Math.floor(c / 100)}.${pad(c % 100)}`;
const pesos = (n: number) => cents(Math.round(n * 100));
/** Thousandths → "1234.567". */
const milli = (t: number) => `${Math.floor(t / 1000)}.${pad(t % 1000, 3)}`;

const HISTORY_START = monthOf('2019-01-01');
const IVA = 1.16;

/** Electricity: summer peak (April–June, air conditioning and longer queues), December break. */
const ELECTRICITY_SEASON = [0.93, 0.95, 1.02, 1.12, 1.18, 1.1, 1.0, 0.99, 0.98, 0.98, 0.95, 0.86];
/** Water: dry season (March–May) a little higher. */
const WATER_SEASON = [0.95, 0.97, 1.06, 1.1, 1.1, 1.0, 0.98, 0.98, 0.98, 1.0, 0.97, 0.88];

const SERVICE_NAMES: Record<ServiceKind, string> = {
  electricity: 'Energía eléctrica',
  water: 'Agua potable y saneamiento',
  cleaning: 'Limpieza',
  security: 'Vigilancia',
  internet: 'Internet y red de datos',
  maintenance: 'Mantenimiento',
};
export const SERVICE_KINDS: ServiceKind[] = ['electricity', 'water', 'cleaning', 'security', 'internet', 'maintenance'];

const ILLUSTRATIVE = 'Proveedor, contrato y cifras ilustrativos (datos de demostración).';
const CLEANING = [
  { name: 'Limpieza Integral Mexiquense, S.A. de C.V.', series: 'LIM' },
  { name: 'Servicios de Aseo del Valle de México, S.A. de C.V.', series: 'SAV' },
];
const SECURITY = [
  { name: 'Protección y Vigilancia del Altiplano, S.A. de C.V.', series: 'PVA' },
  { name: 'Grupo Custodia Oriente, S.A. de C.V.', series: 'GCO' },
];
const INTERNET = { name: 'Enlaces Digitales del Centro, S.A. de C.V.', series: 'EDC' };
const MAINTENANCE = { name: 'Mantenimiento y Obras Tollocan, S.A. de C.V.', series: 'MOT' };
/** Region of the Valle de México (cleaning and security tendered separately there). */
const EAST = new Set(['CSA-NAU', 'CSA-ECA', 'CSA-NEZ', 'CSA-TLA', 'CSA-TEX', 'CSA-CHA']);
const CORRECTIVE_WORKS = [
  'Correctivo: impermeabilización de azotea.',
  'Correctivo: sustitución de bomba del cárcamo.',
  'Correctivo: reparación de equipo de aire acondicionado.',
  'Correctivo: cambio de luminarias LED en pasillos.',
  'Correctivo: reparación de sanitarios públicos.',
  'Correctivo: mantenimiento mayor a la subestación eléctrica.',
  'Correctivo: reparación de cancelería y puertas de acceso.',
  'Correctivo: pintura de fachada y señalización institucional.',
];
/** Relative electricity use per m² of each type of space (sub-meter weights). */
const INTENSITY: Partial<Record<PlannedSpace['type'], number>> = {
  office: 1, service_module: 1.25, bank: 1.6, cafeteria: 2.6, photocopy: 2.2, virtual_office: 1.9, orientation: 0.8, other: 0.7,
};

/** The building used for the intended sub-meter anomaly (if modernised), and the one with fixed cleaning shares. */
const ANOMALY_BUILDING = 'CSA-NAU';
const FIXED_CLEANING_BUILDING = 'CSA-IXT';

// ---------------------------------------------------------------------------------------------
// Plan (pure, deterministic)
// ---------------------------------------------------------------------------------------------

/** Plans the utility data of a demo plan. Pure: the same plan and seed give the same result. */
export function planUtilities(demo: DemoPlan, seed: number = 2015_06_19): UtilityPlan {
  const rand = prng((seed ^ 0x5eed_0004 ^ Math.imul(demo.scale, 0x85ebca6b)) >>> 0);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const int = (lo: number, hi: number) => lo + Math.floor((hi - lo + 1) * rand());

  const today = dayOf(demo.today);
  const current = monthOf(demo.today);
  const lastBilled = current - 1;
  const first = demo.scale >= 10 ? current - 120 : HISTORY_START;
  const months: number[] = [];
  for (let m = first; m <= lastBilled; m++) months.push(m);
  // At scale ≥ 10 the readings cover only the last 24 billed months (plus the baseline before them):
  // ~3,000 sub-meters × 120 months would dominate the seed. Earlier bills fall back to area allocation.
  const readFrom = demo.scale >= 10 ? Math.max(first, lastBilled - 23) : first;
  const periodOf = (m: number) => PERIODS[m - first + 1];
  const readOnOf = (m: number) => READ_ON[m - first + 1];
  const PERIODS = [first - 1, ...months].map(ym);
  const READ_ON = [first - 1, ...months].map((m) => isoOf(lastDay(m)));

  // Periods --------------------------------------------------------------------------------------
  const periods: PlannedPeriod[] = [];
  if (months.length > 0) {
    for (let m = first; m <= current; m++) {
      const closed = m <= current - 2;
      periods.push({
        period: ym(m), status: closed ? 'closed' : 'open',
        closedAt: closed ? `${isoOf(firstDay(m + 1) + 9)}T13:00:00-06:00` : null,
        closedBy: closed ? 'finanzas' : null,
      });
    }
  }

  // Occupancy of every space over time (non-draft agreements) ---------------------------------------
  const intervals = new Map<string, [number, number][]>();
  const activeToday = new Map<string, string>(); // space key → agency
  for (const a of demo.agreements) {
    if (a.status === 'draft') continue;
    const start = dayOf(a.startDate);
    const end = dayOf(a.terminatedOn ?? a.endDate);
    for (const code of a.spaces) {
      const key = `${a.building}|${code}`;
      if (!intervals.has(key)) intervals.set(key, []);
      intervals.get(key)!.push([start, end]);
      if (start <= today && today <= end) activeToday.set(key, a.agency);
    }
  }
  const monthLo = months.map(firstDay);
  const monthHi = months.map(lastDay);
  /** Share of each billed month (by index in `months`) in which the space was occupied. */
  const occupiedShares = (key: string) => {
    const days = new Array<number>(months.length).fill(0);
    for (const [s, e] of intervals.get(key) ?? []) {
      for (let i = 0; i < months.length; i++) {
        if (monthLo[i] > e) break;
        if (monthHi[i] >= s) days[i] += Math.min(e, monthHi[i]) - Math.max(s, monthLo[i]) + 1;
      }
    }
    return days.map((d, i) => Math.min(1, d / (monthHi[i] - monthLo[i] + 1)));
  };

  const services: PlannedService[] = [];
  const exemptions: PlannedExemption[] = [];
  const fixedShares: PlannedFixedShare[] = [];
  const meters: PlannedMeter[] = [];
  const readings: PlannedReading[] = [];
  const bills: PlannedBill[] = [];
  const modernized = demo.buildings.filter((b) => b.modernized).map((b) => b.code);
  const anomalyBuilding = modernized.includes(ANOMALY_BUILDING) ? ANOMALY_BUILDING : modernized[0];
  const anomaly = anomalyBuilding && months.length > 0 ? { building: anomalyBuilding, period: ym(lastBilled) } : null;
  /** Bills of contracted suppliers, numbered at the end with each supplier's running folio in date order. */
  const numbered: { bill: PlannedBill; series: string }[] = [];
  const paid = (day: number) => (day <= today ? isoOf(day) : null);
  const clampIssued = (day: number) => Math.min(day, today);

  for (const b of demo.buildings) {
    const code = b.code;
    const short = code.slice(4);
    const gross = Number(b.grossAreaM2);
    const municipality = b.municipality;
    const east = EAST.has(code);
    const cleaning = CLEANING[east ? 1 : 0];
    const security = SECURITY[east ? 1 : 0];
    const submetered = b.modernized;
    const fixedCleaning = code === FIXED_CLEANING_BUILDING;
    const rpu = `${int(1, 9)}${pad(int(0, 99_999), 5)}${pad(int(0, 999_999), 6)}`;
    const waterAccount = `${pad(int(0, 999), 3)}-${pad(int(0, 99_999), 5)}`;
    const year = Math.floor(current / 12);
    const waterBody = `OPDAPAS ${municipality}`;

    const svc = (kind: ServiceKind, s: Omit<PlannedService, 'building' | 'kind' | 'name'>) =>
      services.push({ building: code, kind, name: SERVICE_NAMES[kind], ...s });
    svc('electricity', {
      supplier: 'CFE Suministrador de Servicios Básicos', contractNumber: `RPU ${rpu}`, unit: 'kWh',
      basis: submetered ? 'submeter' : 'area',
      notes: (submetered
        ? 'Contrato consolidado en media tensión (GDMTH) con medidor principal y submedidores por local; la diferencia es consumo de áreas comunes. '
        : 'Contrato consolidado en media tensión (GDMTH); sin submedidores, se prorratea por superficie ocupada. ') + ILLUSTRATIVE,
    });
    svc('water', {
      supplier: `Organismo Público Descentralizado para la Prestación de los Servicios de Agua Potable, Alcantarillado y Saneamiento de ${municipality} (${waterBody})`,
      contractNumber: `Cuenta ${waterAccount}`, unit: 'm3', basis: 'area',
      notes: `Toma no doméstica. Nombre del organismo y número de cuenta ilustrativos. ${ILLUSTRATIVE}`,
    });
    svc('cleaning', {
      supplier: `${cleaning.name} (empresa ilustrativa)`, contractNumber: `DGRM/LPE/${cleaning.series}-${pad(int(1, 40))}/${year}`,
      unit: null, basis: fixedCleaning ? 'fixed' : 'area',
      notes: (fixedCleaning
        ? 'Los arrendatarios particulares pagan una cuota fija mensual pactada en su contrato; el resto lo absorbe la DGRM. '
        : 'Contrato anual de limpieza de oficinas, sanitarios y áreas comunes. ') + ILLUSTRATIVE,
    });
    svc('security', {
      supplier: `${security.name} (empresa ilustrativa)`, contractNumber: `DGRM/LPE/${security.series}-${pad(int(1, 40))}/${year}`,
      unit: null, basis: 'headcount',
      notes: `Vigilancia intramuros 24 × 7; se prorratea por personal de cada unidad usuaria. ${ILLUSTRATIVE}`,
    });
    svc('internet', {
      supplier: `${INTERNET.name} (empresa ilustrativa)`, contractNumber: `DGRM/AD/${INTERNET.series}-${pad(int(1, 99))}/${year}`,
      unit: null, basis: 'equal',
      notes: `Enlace dedicado simétrico y red inalámbrica del inmueble (incluye kioscos de la oficina virtual). ${ILLUSTRATIVE}`,
    });
    svc('maintenance', {
      supplier: `${MAINTENANCE.name} (empresa ilustrativa)`, contractNumber: `DGRM/LPE/${MAINTENANCE.series}-${pad(int(1, 40))}/${year}`,
      unit: null, basis: 'area',
      notes: `Mantenimiento preventivo mensual y correctivos facturados en el mes en que se ejecutan. ${ILLUSTRATIVE}`,
    });

    // Bills ---------------------------------------------------------------------------------------
    const elecIntensity = (submetered ? between(8.5, 10.5) : between(10, 12.5)); // kWh per gross m² per month
    const waterIntensity = between(0.1, 0.14); // m³ per gross m² per month
    const cleaningRate = between(16, 20); // MXN per gross m² per month, 2019, before IVA
    const posts = Math.max(1, Math.round(gross / 850)); // 24-hour guard posts
    const postCost = between(26_000, 30_000); // a 24-hour post (two guards), 2019, before IVA
    const internetBase = gross < 1500 ? 4_800 : gross < 3000 ? 7_900 : 12_500;
    const mainConsumption = new Map<number, number>(); // month → kWh

    for (const m of months) {
      const y = Math.floor(m / 12);
      const month = m % 12;
      const p = ym(m);
      const yyyymm = p.replace('-', '');
      const since2019 = (m - HISTORY_START) / 12;
      const yearsSince2019 = y - 2019;
      const end = lastDay(m);
      const bill = (kind: ServiceKind, x: Omit<PlannedBill, 'building' | 'kind' | 'period'>) =>
        bills.push({ building: code, kind, period: p, ...x });

      // Electricity: kWh from area and season; tariff ≈ 2.4 MXN/kWh in 2019, +5 % a year.
      const kwh = Math.round(gross * elecIntensity * ELECTRICITY_SEASON[month] * between(0.95, 1.05));
      const tariff = 2.4 * Math.pow(1.05, since2019) * between(0.985, 1.015);
      mainConsumption.set(m, kwh);
      const eIssued = clampIssued(end + int(3, 6));
      bill('electricity', {
        amount: pesos(kwh * tariff), consumption: String(kwh), unit: 'kWh',
        invoiceNumber: `CFE-${rpu.slice(-6)}-${yyyymm}`,
        issuedOn: isoOf(eIssued), dueOn: isoOf(eIssued + 10), paidOn: paid(eIssued + int(2, 10)), notes: null,
      });

      // Water: m³ from area and season; ≈ 38 MXN/m³ in 2019, +4.5 % a year.
      const m3 = Math.round(gross * waterIntensity * WATER_SEASON[month] * between(0.9, 1.1));
      const wIssued = clampIssued(end + int(5, 12));
      bill('water', {
        amount: pesos(m3 * 38 * Math.pow(1.045, yearsSince2019)), consumption: String(m3), unit: 'm3',
        invoiceNumber: `${waterBody.split(' ')[0]}-${waterAccount.replace('-', '')}-${yyyymm}`,
        issuedOn: isoOf(wIssued), dueOn: isoOf(wIssued + 15), paidOn: paid(wIssued + int(3, 15)), notes: null,
      });

      // Monthly contracts: fixed within a year, renewed every January with an increase.
      const contract = (kind: ServiceKind, series: string, beforeIva: number, notes: string | null = null) => {
        const issued = clampIssued(end + int(1, 5));
        bill(kind, {
          amount: pesos(Math.round(beforeIva) * IVA), consumption: null, unit: null, invoiceNumber: '',
          issuedOn: isoOf(issued), dueOn: isoOf(issued + 30), paidOn: paid(issued + int(12, 30)), notes,
        });
        numbered.push({ bill: bills[bills.length - 1], series });
      };
      contract('cleaning', cleaning.series, gross * cleaningRate * Math.pow(1.05, yearsSince2019));
      contract('security', security.series, posts * postCost * Math.pow(1.06, yearsSince2019));
      const upgraded = m >= monthOf('2022-07-01');
      contract('internet', INTERNET.series, internetBase * Math.pow(1.03, yearsSince2019) * (upgraded ? 1.25 : 1),
        m === monthOf('2022-07-01') ? 'Ampliación del ancho de banda del enlace dedicado.' : null);
      // Maintenance: a preventive base and, some months, a corrective work.
      const corrective = rand() < 0.22;
      const works = corrective ? CORRECTIVE_WORKS[int(0, CORRECTIVE_WORKS.length - 1)] : null;
      contract('maintenance', MAINTENANCE.series,
        gross * (2.2 * between(0.9, 1.1) + (corrective ? between(4, 20) : 0)) * Math.pow(1.05, yearsSince2019),
        works ?? 'Mantenimiento preventivo mensual.');
    }

    // Meters and readings of the sub-metered electricity ----------------------------------------------
    if (submetered && months.length > 0) {
      const mainCode = `MP-${short}-${rpu.slice(-6)}`;
      meters.push({ building: code, code: mainCode, kind: 'main', space: null });
      const metered = demo.spaces.filter((s) => s.building === code && s.type !== 'common_area' && s.type !== 'storage'
        && activeToday.has(`${code}|${s.code}`));
      for (const s of metered) meters.push({ building: code, code: `SM-${short}-${s.code}`, kind: 'sub', space: s.code });
      const subs = metered.map((s) => ({
        code: `SM-${short}-${s.code}`, weight: s.areaM2 * (INTENSITY[s.type] ?? 1), occupied: occupiedShares(`${code}|${s.code}`),
        total: int(1_000, 60_000) * 1000, // thousandths of kWh
      }));
      let mainTotal = int(100_000, 900_000) * 1000;
      const baseline = readFrom - 1;
      const read = (meter: string, m: number, total: number) =>
        readings.push({ building: code, meter, period: periodOf(m), reading: milli(total), readOn: readOnOf(m) });
      read(mainCode, baseline, mainTotal);
      for (const sub of subs) read(sub.code, baseline, sub.total);
      months.forEach((m, mi) => {
        if (m < readFrom) return;
        const main = mainConsumption.get(m)! * 1000;
        mainTotal += main;
        read(mainCode, m, mainTotal);
        const isAnomaly = anomaly !== null && code === anomaly.building && ym(m) === anomaly.period;
        const target = Math.round(main * (isAnomaly ? 1.05 : between(0.82, 0.93)));
        // Weights: area × intensity × (occupied days, or a standby 8 % while vacant) × noise.
        const w = subs.map((x) => x.weight * Math.max(0.08, x.occupied[mi]) * between(0.85, 1.15));
        const sum = w.reduce((a, v) => a + v, 0);
        const exact = w.map((v) => (target * v) / sum);
        const used = exact.map(Math.floor);
        let left = target - used.reduce((a, v) => a + v, 0);
        const order = exact.map((v, i) => [v - used[i], i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
        for (let k = 0; left > 0; k = (k + 1) % order.length, left--) used[order[k][1]]++;
        subs.forEach((x, i) => {
          x.total += used[i];
          read(x.code, m, x.total);
        });
      });
    }
  }

  const folios = new Map<string, number>();
  numbered.sort((x, y) => x.bill.issuedOn.localeCompare(y.bill.issuedOn) || x.bill.period.localeCompare(y.bill.period)
    || x.bill.building.localeCompare(y.bill.building) || x.bill.kind.localeCompare(y.bill.kind));
  for (const { bill, series } of numbered) {
    const n = (folios.get(series) ?? int(1200, 9800)) + int(1, 12);
    folios.set(series, n);
    bill.invoiceNumber = `${series}-${pad(n, 6)}`;
  }

  // Exemption: the agency at the orientation desk of CSA-TOL (or of the first building that has one) does not pay internet.
  const orientation = demo.spaces.find((s) => s.type === 'orientation' && s.building === 'CSA-TOL' && activeToday.has(`${s.building}|${s.code}`))
    ?? demo.spaces.find((s) => s.type === 'orientation' && activeToday.has(`${s.building}|${s.code}`));
  if (orientation) {
    exemptions.push({
      building: orientation.building, kind: 'internet', agency: activeToday.get(`${orientation.building}|${orientation.code}`)!,
      reason: 'Atiende el módulo de orientación ciudadana, servicio gratuito para los usuarios del CSA; por acuerdo de la DGRM '
        + '(oficio ilustrativo DGRM/0457/2024) no paga internet y su parte la absorbe la DGRM.',
    });
  }

  // Fixed cleaning shares: the private tenants of the building whose cleaning is billed by fixed amounts.
  const privateAgencies = new Set(demo.agencies.filter((a) => a.level === 'private').map((a) => a.name));
  const fixedService = services.find((s) => s.basis === 'fixed');
  if (fixedService) {
    const area = new Map<string, number>();
    for (const s of demo.spaces) {
      const agency = activeToday.get(`${s.building}|${s.code}`);
      if (s.building === fixedService.building && agency && privateAgencies.has(agency)) area.set(agency, (area.get(agency) ?? 0) + s.areaM2);
    }
    for (const [agency, m2] of [...area.entries()].sort((x, y) => x[0].localeCompare(y[0]))) {
      fixedShares.push({ building: fixedService.building, kind: fixedService.kind, agency, monthlyAmount: pesos(Math.round(m2 * 22)) });
    }
  }

  return {
    firstPeriod: months.length ? ym(first) : null,
    lastPeriod: months.length ? ym(lastBilled) : null,
    services, exemptions, fixedShares, meters, readings, periods, bills, anomaly,
  };
}

// ---------------------------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------------------------

const READING_BATCH = 50_000;

/**
 * Inserts the utility data inside the demo's transaction (`manager` of `seedDemo`), after the
 * buildings, spaces and agencies. A few set-based statements: services, exemptions, fixed shares,
 * meters, readings (in batches), periods, bills.
 */
export async function seedUtilities(manager: EntityManager, demo: DemoPlan, options: DemoOptions = {}): Promise<UtilityPlan> {
  const plan = planUtilities(demo, options.seed);
  const q = (sql: string, params?: unknown[]) => manager.query(sql, params);
  const S = plan.services;

  await q(
    `INSERT INTO utility_services (building_id, kind, name, supplier, contract_number, unit, basis, notes)
     SELECT b.id, t.kind, t.name, t.supplier, t.contract, t.unit, t.basis, t.notes
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
            AS t(bcode, kind, name, supplier, contract, unit, basis, notes)
       JOIN buildings b ON b.code = t.bcode`,
    [S.map((s) => s.building), S.map((s) => s.kind), S.map((s) => s.name), S.map((s) => s.supplier),
      S.map((s) => s.contractNumber), S.map((s) => s.unit), S.map((s) => s.basis), S.map((s) => s.notes)],
  );
  const inserted: { id: string; building_id: string; code: string; kind: string }[] = await q(
    'SELECT s.id, s.building_id, b.code, s.kind FROM utility_services s JOIN buildings b ON b.id = s.building_id',
  );
  const service = new Map(inserted.map((r) => [`${r.code}|${r.kind}`, r]));
  const sid = (building: string, kind: string) => service.get(`${building}|${kind}`)!.id;
  const bid = (building: string) => service.get(`${building}|electricity`)!.building_id;

  const E = plan.exemptions;
  await q(
    `INSERT INTO service_exemptions (service_id, agency_id, reason)
     SELECT t.sid, g.id, t.reason FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(sid, agency, reason)
       JOIN agencies g ON g.name = t.agency`,
    [E.map((e) => sid(e.building, e.kind)), E.map((e) => e.agency), E.map((e) => e.reason)],
  );
  const F = plan.fixedShares;
  await q(
    `INSERT INTO service_fixed_shares (service_id, agency_id, monthly_amount)
     SELECT t.sid, g.id, t.amount FROM unnest($1::uuid[], $2::text[], $3::numeric[]) AS t(sid, agency, amount)
       JOIN agencies g ON g.name = t.agency`,
    [F.map((f) => sid(f.building, f.kind)), F.map((f) => f.agency), F.map((f) => f.monthlyAmount)],
  );

  const M = plan.meters;
  const meterRows: { id: string; building_id: string; code: string }[] = await q(
    `INSERT INTO meters (service_id, building_id, code, kind, space_id)
     SELECT t.sid, t.bid, t.code, t.kind, s.id
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS t(sid, bid, code, kind, space)
       LEFT JOIN spaces s ON s.building_id = t.bid AND s.code = t.space
     RETURNING id, building_id, code`,
    [M.map((m) => sid(m.building, 'electricity')), M.map((m) => bid(m.building)), M.map((m) => m.code),
      M.map((m) => m.kind), M.map((m) => m.space)],
  );
  const meterId = new Map(meterRows.map((r) => [`${r.building_id}|${r.code}`, r.id]));
  const R = plan.readings;
  for (let i = 0; i < R.length; i += READING_BATCH) {
    const rows = R.slice(i, i + READING_BATCH);
    await q(
      `INSERT INTO meter_readings (meter_id, period, reading, read_on)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::date[])`,
      [rows.map((r) => meterId.get(`${bid(r.building)}|${r.meter}`)), rows.map((r) => r.period), rows.map((r) => r.reading),
        rows.map((r) => r.readOn)],
    );
  }

  const P = plan.periods;
  await q(
    `INSERT INTO periods (period, status, closed_at, closed_by)
     SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[])`,
    [P.map((p) => p.period), P.map((p) => p.status), P.map((p) => p.closedAt), P.map((p) => p.closedBy)],
  );

  const B = plan.bills;
  await q(
    `INSERT INTO utility_bills (service_id, building_id, period, amount, consumption, unit, invoice_number, issued_on, due_on, paid_on, notes)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::numeric[], $5::numeric[], $6::text[], $7::text[], $8::date[],
                          $9::date[], $10::date[], $11::text[])`,
    [B.map((b) => sid(b.building, b.kind)), B.map((b) => bid(b.building)), B.map((b) => b.period), B.map((b) => b.amount),
      B.map((b) => b.consumption), B.map((b) => b.unit), B.map((b) => b.invoiceNumber), B.map((b) => b.issuedOn),
      B.map((b) => b.dueOn), B.map((b) => b.paidOn), B.map((b) => b.notes)],
  );
  return plan;
}
