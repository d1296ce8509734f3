import * as argon2 from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AGENCIES, BUILDINGS, COMMON_AREA_NAMES, type CatalogAgency, type CatalogBuilding, DEMO_USERS, FIRST_NAMES,
  type GovernmentLevel, LAST_NAMES, SPACE_TYPE_NAMES, type SpaceType, TERMINATION_REASONS,
} from './demo-catalog';
import { seedCharges } from './seed-charges';
import { seedCompliance } from './seed-compliance';
import { seedOperations } from './seed-operations';
import { seedQueue } from './seed-queue';
import { seedUtilities } from './seed-utilities';

export interface DemoOptions {
  /** Multiplies spaces per building, agreements and agencies. Default 1. */
  scale?: number;
  /** YYYY-MM-DD; default: today in America/Mexico_City. Every date of the demo is relative to it. */
  today?: string;
  /** PRNG seed; the same options give the same data. */
  seed?: number;
}

// ---------------------------------------------------------------------------------------------
// Plan (pure, deterministic)
// ---------------------------------------------------------------------------------------------

export interface PlannedBuilding {
  code: string;
  name: string;
  municipality: string;
  address: string;
  region: string;
  phone: string;
  openedOn: string;
  modernized: boolean;
  grossAreaM2: string;
  commonAreaM2: string;
  opensAt: string;
  closesAt: string;
  operatingDays: string;
  ruRatio: string;
  latitude: string;
  longitude: string;
  notes: string;
}

export interface PlannedSpace {
  building: string;
  code: string;
  name: string;
  floor: number;
  type: SpaceType;
  areaM2: number;
  workstations: number;
  condition: 'available' | 'maintenance' | 'out_of_service';
  notes: string | null;
}

export interface PlannedAgency {
  name: string;
  acronym: string;
  level: GovernmentLevel;
  parent: string | null;
  depth: number;
  liaisonName: string;
  liaisonEmail: string;
  liaisonPhone: string;
  rfc: string | null;
  maxM2PerPerson: string | null;
  notes: string;
}

export type AgreementStatus = 'draft' | 'active' | 'expired' | 'terminated';

export interface PlannedAgreement {
  folio: string;
  building: string;
  agency: string;
  kind: 'comodato' | 'lease';
  monthlyRent: string | null;
  startDate: string;
  endDate: string;
  headcount: number;
  status: AgreementStatus;
  terminatedOn: string | null;
  terminationReason: string | null;
  referenceRentPerM2: string;
  previousMonthlyRent: string | null;
  previousMonthlyElectricity: string | null;
  notes: string | null;
  createdAt: string;
  activatedAt: string | null;
  /** Space codes (of `building`). */
  spaces: string[];
}

export interface DemoPlan {
  today: string;
  scale: number;
  buildings: PlannedBuilding[];
  spaces: PlannedSpace[];
  agencies: PlannedAgency[];
  agreements: PlannedAgreement[];
  folioCounters: { building: string; year: number; lastNumber: number }[];
}

/** mulberry32: tiny, fast, good enough for demo data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) { this.next = mulberry32(seed); }
  float(): number { return this.next(); }
  chance(p: number): boolean { return this.next() < p; }
  between(min: number, max: number): number { return min + (max - min) * this.next(); }
  int(min: number, max: number): number { return min + Math.floor((max - min + 1) * this.next()); }
  pick<T>(items: readonly T[]): T { return items[Math.floor(this.next() * items.length)]; }
}

const DAY_MS = 86_400_000;
const toDay = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const toIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY_MS);
}

/** Today in America/Mexico_City as YYYY-MM-DD. */
export function todayInMexicoCity(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const money = (n: number): string => (Math.round(n * 100) / 100).toFixed(2);
const halfM2 = (n: number): number => Math.round(n * 2) / 2;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, '');

const HISTORY_START = '2019-01-01';
const MAINTENANCE_NOTES = [
  'En mantenimiento: impermeabilización y cambio de plafones.',
  'En mantenimiento: adecuación de instalación eléctrica y voz y datos.',
  'En mantenimiento: pintura y sustitución de piso.',
];
const OUT_OF_SERVICE_NOTE = 'Fuera de servicio: filtración en losa, en espera de dictamen de protección civil.';

/** Order in which the types fill the floors of a block, ground floor first. */
const TYPE_PRIORITY: SpaceType[] = ['common_area', 'orientation', 'bank', 'cafeteria', 'photocopy', 'virtual_office', 'service_module', 'office', 'storage'];

function blockTypes(b: CatalogBuilding): SpaceType[] {
  const types: SpaceType[] = ['common_area', 'orientation', 'bank', 'photocopy', 'storage'];
  if (b.baseSpaces >= 40) types.push('bank', 'common_area');
  if (b.baseSpaces >= 25) types.push('cafeteria');
  if (b.modernized) types.push('virtual_office');
  const modules = Math.round(b.baseSpaces * 0.25);
  for (let i = 0; i < modules; i++) types.push('service_module');
  while (types.length < b.baseSpaces) types.push('office');
  return types.sort((x, y) => TYPE_PRIORITY.indexOf(x) - TYPE_PRIORITY.indexOf(y));
}

function spaceArea(rng: Rng, type: SpaceType): number {
  switch (type) {
    case 'office': return halfM2(20 + 100 * Math.pow(rng.float(), 1.6));
    case 'service_module': return halfM2(rng.between(6, 12));
    case 'bank': return halfM2(rng.between(60, 150));
    case 'cafeteria': return halfM2(rng.between(40, 90));
    case 'photocopy': return halfM2(rng.between(12, 30));
    case 'virtual_office': return halfM2(rng.between(15, 35));
    case 'orientation': return halfM2(rng.between(6, 15));
    case 'storage': return halfM2(rng.between(10, 40));
    case 'common_area': return halfM2(rng.between(40, 120));
    default: return halfM2(rng.between(10, 30));
  }
}

function workstationsFor(rng: Rng, type: SpaceType, area: number): number {
  switch (type) {
    case 'office': return Math.max(2, Math.round(area / 7));
    case 'service_module': return rng.int(1, 2);
    case 'bank': return Math.round(area / 12);
    case 'photocopy': return 2;
    case 'virtual_office': return Math.round(area / 3);
    case 'orientation': return rng.int(1, 2);
    default: return 0;
  }
}

interface Unit {
  building: CatalogBuilding;
  type: SpaceType;
  spaces: PlannedSpace[];
  area: number;
  available: boolean;
}

interface Period {
  start: number;
  end: number;
  terminatedOn: number | null;
  draft: boolean;
}

interface AgencyInfo {
  planned: PlannedAgency;
  serves?: 'bank' | 'cafeteria' | 'photocopy';
  building?: string;
  alwaysIn: string[];
  density: number;
  spacious: boolean;
  regional: boolean;
}

const OCCUPIED_TODAY: Partial<Record<SpaceType, number>> = {
  office: 0.84, service_module: 0.86, bank: 0.95, cafeteria: 0.95, photocopy: 0.95,
  virtual_office: 0.9, orientation: 0.9, storage: 0.55, other: 0.5,
};

function planAgencies(rng: Rng, scale: number): AgencyInfo[] {
  const out: AgencyInfo[] = [];
  const depthOf = new Map<string, number>();
  const person = (level: GovernmentLevel) => {
    const first = rng.pick(FIRST_NAMES);
    const last1 = rng.pick(LAST_NAMES);
    const last2 = rng.pick(LAST_NAMES);
    const domain = level === 'private' ? 'ejemplo.com.mx' : 'ejemplo.gob.mx';
    return {
      name: `${first} ${last1} ${last2}`,
      email: `${ascii(first.split(' ')[0])}.${ascii(last1)}@${domain}`,
      phone: `(722) ${rng.int(210, 289)} ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}`,
    };
  };
  const add = (c: CatalogAgency, name: string, acronym: string, parent: string | null, regional: number | null) => {
    const depth = parent ? (depthOf.get(parent) ?? 0) + 1 : 0;
    depthOf.set(name, depth);
    const p = person(c.level);
    const notes = regional
      ? `Oficina regional ilustrativa (datos de demostración) de ${parent}.`
      : (c.notes ?? (c.acronym === 'IFREM'
        ? 'Unidad usuaria real de los CSA; enlace, correo y teléfono ilustrativos.'
        : 'Enlace, correo y teléfono ilustrativos (datos de demostración).'));
    out.push({
      planned: {
        name, acronym, level: c.level, parent, depth,
        liaisonName: p.name, liaisonEmail: p.email, liaisonPhone: p.phone,
        rfc: c.rfc ?? null,
        maxM2PerPerson: c.maxM2PerPerson ? money(c.maxM2PerPerson) : null,
        notes,
      },
      serves: c.serves,
      building: c.building,
      alwaysIn: regional ? [] : c.building ? [c.building] : (c.alwaysIn ?? []),
      density: c.spacious ? rng.between(15, 20) : rng.between(6.5, 10.5),
      spacious: !!c.spacious,
      regional: regional !== null,
    });
  };
  for (const c of AGENCIES) add(c, c.name, c.acronym, c.parent ?? null, null);
  for (let k = 2; k <= scale; k++) {
    for (const c of AGENCIES) {
      if (c.level === 'municipal' || c.level === 'private') continue;
      add(c, `${c.name} — Oficina Regional ${k}`, `${c.acronym}-R${k}`.slice(0, 30), c.name, k);
    }
  }
  return out;
}

/**
 * Plans the whole demo (buildings, spaces, agencies, agreements with their spaces, folio counters)
 * from a seeded PRNG. Pure: same options, same plan.
 */
export function planDemo(options: DemoOptions = {}): DemoPlan {
  const scale = Math.max(1, Math.floor(options.scale ?? 1));
  const todayIso = options.today || todayInMexicoCity();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(todayIso) || Number.isNaN(Date.parse(todayIso))) {
    throw new Error(`Fecha inválida para los datos de demostración: ${todayIso}`);
  }
  const today = toDay(todayIso);
  const historyStart = toDay(HISTORY_START);
  const horizon = addMonths(today, 24);
  const rng = new Rng((options.seed ?? 2015_06_19) ^ Math.imul(scale, 0x9e3779b1));

  // Buildings and spaces -----------------------------------------------------------------------
  const buildings: PlannedBuilding[] = [];
  const spaces: PlannedSpace[] = [];
  const units: Unit[] = [];
  for (const b of BUILDINGS) {
    const bSpaces: PlannedSpace[] = [];
    const types = blockTypes(b);
    const perFloor = Math.ceil(types.length / b.baseFloors);
    // At scale N the building has N blocks of the base layout; each block adds its own floors.
    const blockFloors = b.baseFloors;
    for (let block = 0; block < scale; block++) {
      const seqByFloor = new Map<number, number>();
      types.forEach((type, i) => {
        const floor = block * blockFloors + Math.floor(i / perFloor);
        const seq = (seqByFloor.get(floor) ?? 0) + 1;
        seqByFloor.set(floor, seq);
        const code = `${floor === 0 ? 'PB' : `P${floor}`}-${String(seq).padStart(2, '0')}`;
        const area = spaceArea(rng, type);
        const name = type === 'common_area'
          ? `${rng.pick(COMMON_AREA_NAMES)} ${code}`
          : `${SPACE_TYPE_NAMES[type]} ${code}`;
        const condition: PlannedSpace['condition'] = type !== 'common_area' && rng.chance(0.035) ? 'maintenance' : 'available';
        bSpaces.push({
          building: b.code, code, name, floor, type, areaM2: area,
          workstations: workstationsFor(rng, type, area), condition,
          notes: condition === 'maintenance' ? rng.pick(MAINTENANCE_NOTES) : null,
        });
      });
    }
    const ru = Math.round(rng.between(1.10, 1.25) * 10_000) / 10_000;
    const rentable = bSpaces.filter((s) => s.type !== 'common_area').reduce((a, s) => a + s.areaM2, 0);
    const commonSpaces = bSpaces.filter((s) => s.type === 'common_area').reduce((a, s) => a + s.areaM2, 0);
    // R/U = (usable + share of common areas) / usable, so the common area is usable × (R/U − 1);
    // never less than the common-area spaces it contains.
    const common = Math.max(rentable * (ru - 1), commonSpaces * 1.2);
    const gross = (rentable + common) * 1.08; // plus walls, shafts, structure
    buildings.push({
      code: b.code, name: b.name, municipality: b.municipality, address: b.address, region: b.region, phone: b.phone,
      openedOn: b.openedOn, modernized: b.modernized, grossAreaM2: money(gross), commonAreaM2: money(common),
      opensAt: b.opensAt, closesAt: b.closesAt, operatingDays: b.operatingDays, ruRatio: ru.toFixed(4),
      latitude: b.latitude.toFixed(6), longitude: b.longitude.toFixed(6), notes: b.notes,
    });
    spaces.push(...bSpaces);
  }
  // One or two spaces out of service per scale unit, in different buildings.
  const outOfService = 2 * scale;
  for (let i = 0, tries = 0; i < outOfService && tries < 1000; tries++) {
    const s = spaces[Math.floor(rng.float() * spaces.length)];
    if ((s.type === 'office' || s.type === 'storage') && s.condition === 'available') {
      s.condition = 'out_of_service';
      s.notes = OUT_OF_SERVICE_NOTE;
      i++;
    }
  }

  // Units: the 1–3 neighbouring spaces that one agreement covers.
  const byBuilding = new Map<string, PlannedSpace[]>();
  for (const s of spaces) {
    if (!byBuilding.has(s.building)) byBuilding.set(s.building, []);
    byBuilding.get(s.building)!.push(s);
  }
  for (const b of BUILDINGS) {
    const list = byBuilding.get(b.code)!;
    for (let i = 0; i < list.length;) {
      const s = list[i];
      if (s.type === 'common_area') { i++; continue; }
      let size = 1;
      if (s.condition === 'available' && (s.type === 'office' || s.type === 'service_module')) {
        const r = rng.float();
        size = s.type === 'office' ? (r < 0.65 ? 1 : r < 0.9 ? 2 : 3) : (r < 0.5 ? 1 : r < 0.85 ? 2 : 3);
      }
      const group = [s];
      for (let j = i + 1; group.length < size && j < list.length; j++) {
        const n = list[j];
        if (n.floor !== s.floor || n.type !== s.type || n.condition !== 'available') break;
        group.push(n);
      }
      units.push({ building: b, type: s.type, spaces: group, area: group.reduce((a, x) => a + x.areaM2, 0), available: s.condition === 'available' });
      i += group.length;
    }
  }

  // Agencies -------------------------------------------------------------------------------------
  const agencies = planAgencies(rng, scale);
  const rosters = new Map<string, AgencyInfo[]>();
  const chance: Record<GovernmentLevel, number> = { municipal: 0, private: 0, state: 0.7, federal: 0.55, auxiliary: 0.5, autonomous: 0.35 };
  for (const b of BUILDINGS) {
    rosters.set(b.code, agencies.filter((a) => {
      if (a.planned.level === 'private') return false;
      if (a.planned.level === 'municipal') return a.building === b.code;
      if (a.alwaysIn.includes(b.code)) return true;
      return rng.chance(a.regional ? 0.2 : chance[a.planned.level]);
    }));
  }
  const privateBy = (serves: string) => agencies.filter((a) => a.serves === serves);

  // Periods per unit: non-overlapping by construction (built backwards from today) --------------
  const monthsComodato = [6, 12, 12, 12, 12, 24, 24, 36];
  const monthsLease = [12, 24, 36, 36];
  interface UnitPlan { unit: Unit; periods: Period[]; lease: boolean }
  const unitPlans: UnitPlan[] = [];

  const pastChain = (lease: boolean, lastEnd: number, forceTerminated: boolean, into: Period[]) => {
    let cursor = lastEnd;
    let first = true;
    while (cursor >= historyStart + 60) {
      const months = rng.pick(lease ? monthsLease : monthsComodato);
      let start: number;
      let end: number;
      let terminatedOn: number | null = null;
      if ((first && forceTerminated) || rng.chance(0.04)) {
        terminatedOn = cursor;
        start = cursor - rng.int(45, 300);
        end = Math.max(Math.min(addMonths(start, months) - 1, horizon), cursor);
      } else {
        end = cursor;
        start = addMonths(end + 1, -months);
      }
      if (start < historyStart) {
        // The history begins in 2019: not every unit had a tenant on its first day.
        if (rng.chance(0.4)) break;
        start = Math.max(start, historyStart + rng.int(0, 45));
        if (start > cursor - 30) break;
        if (terminatedOn === null) end = cursor; // keeps the period inside the history window
      }
      into.unshift({ start, end, terminatedOn, draft: false });
      first = false;
      const r = rng.float();
      const gap = r < 0.6 ? 0 : r < 0.8 ? rng.int(1, 60) : rng.int(60, 300);
      cursor = start - 1 - gap;
    }
  };

  for (const unit of units) {
    const lease = unit.type === 'bank' || unit.type === 'cafeteria' || unit.type === 'photocopy';
    const periods: Period[] = [];
    const occupied = unit.available && rng.chance(OCCUPIED_TODAY[unit.type] ?? 0.5);
    if (occupied) {
      const months = rng.pick(lease ? monthsLease : monthsComodato);
      const r = rng.float();
      let start: number;
      let end: number;
      if (r < 0.15) {
        // Expiring within 30, 60 or 90 days.
        end = today + (r < 0.05 ? rng.int(1, 30) : r < 0.1 ? rng.int(31, 60) : rng.int(61, 90));
        start = addMonths(end + 1, -months);
      } else {
        start = addMonths(today, -months) + 1 + rng.int(0, 300);
        if (start > today) start = today - rng.int(0, 20);
        end = Math.min(addMonths(start, months) - 1, horizon);
        if (end <= today + 90) end = today + rng.int(91, 700);
      }
      periods.push({ start, end, terminatedOn: null, draft: false });
      const r2 = rng.float();
      const gap = r2 < 0.65 ? 0 : r2 < 0.85 ? rng.int(1, 60) : rng.int(60, 300);
      pastChain(lease, start - 1 - gap, false, periods);
      if (end <= today + 90 && rng.chance(0.4)) {
        // Renewal being prepared.
        const s = end + 1;
        periods.push({ start: s, end: Math.min(addMonths(s, rng.pick([12, 24])) - 1, horizon), terminatedOn: null, draft: true });
      }
    } else {
      const neverUsed = rng.chance(!unit.available ? 0.3 : unit.type === 'storage' ? 0.5 : 0.2);
      if (!neverUsed) pastChain(lease, today - rng.int(unit.available ? 1 : 30, 420), rng.chance(0.3), periods);
      if (unit.available && rng.chance(0.12)) {
        const s = today + rng.int(7, 60);
        periods.push({ start: s, end: Math.min(addMonths(s, rng.pick([12, 24])) - 1, horizon), terminatedOn: null, draft: true });
      }
    }
    unitPlans.push({ unit, periods, lease });
  }

  // Agencies along each unit's history, then the agreements -------------------------------------
  interface Draft { unitPlan: UnitPlan; period: Period; agency: AgencyInfo; order: number }
  const drafts: Draft[] = [];
  let order = 0;
  for (const up of unitPlans) {
    const pool = up.lease ? privateBy(up.unit.type) : rosters.get(up.unit.building.code)!;
    let agency: AgencyInfo | null = null;
    for (const period of up.periods) {
      if (!agency || !rng.chance(period.draft ? 0.8 : 0.75)) agency = rng.pick(pool);
      drafts.push({ unitPlan: up, period, agency, order: order++ });
    }
  }
  // Agencies that must hold a current agreement in given buildings (IFREM in Toluca and Naucalpan…).
  const isCurrent = (p: Period) => !p.draft && p.terminatedOn === null && p.start <= today && today <= p.end;
  for (const a of agencies) {
    for (const code of a.alwaysIn) {
      if (drafts.some((d) => d.agency === a && d.unitPlan.unit.building.code === code && isCurrent(d.period))) continue;
      const taken = drafts.find((d) => d.unitPlan.unit.building.code === code && d.unitPlan.unit.type === 'office'
        && isCurrent(d.period) && d.agency.alwaysIn.length === 0 && d.agency.planned.level !== 'municipal');
      if (taken) taken.agency = a;
    }
  }

  const yearsSince2019 = (day: number) => Math.max(0, yearOf(day) - 2019);
  const ruOf = new Map(buildings.map((b) => [b.code, Number(b.ruRatio)]));
  const agreements: PlannedAgreement[] = [];
  const sorted = [...drafts].sort((x, y) =>
    x.unitPlan.unit.building.code.localeCompare(y.unitPlan.unit.building.code) || x.period.start - y.period.start || x.order - y.order);
  const counters = new Map<string, number>();
  for (const d of sorted) {
    const { unit } = d.unitPlan;
    const { period, agency } = d;
    const b = unit.building;
    const year = yearOf(period.start);
    const key = `${b.code}|${year}`;
    const seq = (counters.get(key) ?? 0) + 1;
    counters.set(key, seq);
    const lease = d.unitPlan.lease;
    const ru = ruOf.get(b.code)!;
    const ref = clamp(b.marketRent2019 * Math.pow(1.03, yearsSince2019(period.start)) * rng.between(0.92, 1.08), 180, 320);
    let headcount: number;
    switch (unit.type) {
      case 'service_module': headcount = unit.spaces.length * (agency.spacious ? 1 : rng.int(1, 2)); break;
      case 'orientation': headcount = rng.int(1, 2); break;
      case 'virtual_office': headcount = 1; break;
      case 'storage': headcount = 0; break;
      case 'bank': headcount = Math.max(3, Math.round(unit.area / 9)); break;
      case 'cafeteria': headcount = Math.max(2, Math.round(unit.area / 12)); break;
      case 'photocopy': headcount = rng.int(2, 3); break;
      default: headcount = Math.max(1, Math.round(unit.area / (agency.density * rng.between(0.9, 1.1))));
    }
    const status: AgreementStatus = period.draft ? 'draft'
      : period.terminatedOn !== null ? 'terminated'
        : period.end < today ? 'expired' : 'active';
    const created = Math.min(period.start - rng.int(7, 40), period.draft ? today - rng.int(0, 15) : Infinity);
    const activated = period.draft ? null : Math.min(created + rng.int(1, 6), period.start);
    agreements.push({
      folio: `${b.code}-${year}-${String(seq).padStart(4, '0')}`,
      building: b.code,
      agency: agency.planned.name,
      kind: lease ? 'lease' : 'comodato',
      monthlyRent: lease ? money(unit.area * ru * ref * rng.between(0.55, 0.75)) : null,
      startDate: toIso(period.start),
      endDate: toIso(period.end),
      headcount,
      status,
      terminatedOn: period.terminatedOn === null ? null : toIso(period.terminatedOn),
      terminationReason: period.terminatedOn === null ? null
        : lease ? TERMINATION_REASONS[TERMINATION_REASONS.length - 1] : rng.pick(TERMINATION_REASONS.slice(0, -1)),
      referenceRentPerM2: money(ref),
      previousMonthlyRent: !lease && rng.chance(0.5) ? money(unit.area * ru * ref * rng.between(0.85, 1.15)) : null,
      previousMonthlyElectricity: unit.type === 'storage' ? null : money(clamp(unit.area * rng.between(45, 110), 3000, 40000)),
      notes: period.draft
        ? (period.start > today && d.unitPlan.periods.some((p) => !p.draft && p.end + 1 === period.start)
          ? 'Renovación en trámite (borrador).' : 'Solicitud de espacio en revisión (borrador).')
        : null,
      createdAt: `${toIso(created)}T${String(9 + rng.int(0, 8)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00-06:00`,
      activatedAt: activated === null ? null : `${toIso(activated)}T10:00:00-06:00`,
      spaces: unit.spaces.map((s) => s.code),
    });
  }
  const folioCounters = [...counters.entries()].map(([key, lastNumber]) => {
    const [building, year] = key.split('|');
    return { building, year: Number(year), lastNumber };
  });

  return { today: todayIso, scale, buildings, spaces, agencies: agencies.map((a) => a.planned), agreements, folioCounters };
}

/** Alias kept for the tests and for readers looking for the occupancy planner. */
export const planOccupancy = planDemo;

/** Occupied usable m² ÷ usable m² of rentable spaces (everything but common areas) on `date`. */
export function occupancyByArea(plan: DemoPlan, date: string = plan.today): number {
  const area = new Map(plan.spaces.map((s) => [`${s.building}|${s.code}`, s]));
  const occupied = new Set<string>();
  for (const a of plan.agreements) {
    if (a.status === 'draft') continue;
    if (a.startDate <= date && date <= (a.terminatedOn ?? a.endDate)) {
      for (const code of a.spaces) occupied.add(`${a.building}|${code}`);
    }
  }
  let total = 0;
  let used = 0;
  for (const [key, s] of area) {
    if (s.type === 'common_area') continue;
    total += s.areaM2;
    if (occupied.has(key)) used += s.areaM2;
  }
  return total === 0 ? 0 : used / total;
}

// ---------------------------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------------------------

/** True when there are no buildings and no users: the only state in which the demo may be loaded. */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const rows: { empty: boolean }[] = await dataSource.query(
    'SELECT NOT EXISTS (SELECT 1 FROM buildings) AND NOT EXISTS (SELECT 1 FROM users) AS empty',
  );
  return rows[0].empty === true;
}

const BATCH = 5_000;

async function inBatches<T>(rows: T[], size: number, run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await run(rows.slice(i, i + size));
}

const col = <T, K>(rows: T[], f: (r: T) => K): K[] => rows.map(f);

/**
 * Loads the deterministic demo data in one transaction. Every query goes through the transaction's
 * manager (the embedded database has a single connection).
 */
export async function seedDemo(dataSource: DataSource, options: DemoOptions = {}): Promise<void> {
  const plan = planDemo(options);
  const hashes = await Promise.all(DEMO_USERS.map((u) => argon2.hash(u.password, { type: argon2.argon2id })));

  await dataSource.transaction(async (manager: EntityManager) => {
    const q = (sql: string, params?: unknown[]) => manager.query(sql, params);
    const [{ present }] = await q('SELECT EXISTS (SELECT 1 FROM buildings) AS present');
    if (present) {
      throw new Error('La base de datos ya tiene inmuebles: los datos de demostración solo se cargan en una base vacía.');
    }

    const B = plan.buildings;
    await q(
      `INSERT INTO buildings (code, name, municipality, address, region, phone, opened_on, modernized, gross_area_m2,
         common_area_m2, opens_at, closes_at, operating_days, ru_ratio, latitude, longitude, notes)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::boolean[],
         $9::numeric[], $10::numeric[], $11::time[], $12::time[], $13::text[], $14::numeric[], $15::numeric[], $16::numeric[], $17::text[])`,
      [col(B, (b) => b.code), col(B, (b) => b.name), col(B, (b) => b.municipality), col(B, (b) => b.address), col(B, (b) => b.region),
        col(B, (b) => b.phone), col(B, (b) => b.openedOn), col(B, (b) => b.modernized), col(B, (b) => b.grossAreaM2),
        col(B, (b) => b.commonAreaM2), col(B, (b) => b.opensAt), col(B, (b) => b.closesAt), col(B, (b) => b.operatingDays),
        col(B, (b) => b.ruRatio), col(B, (b) => b.latitude), col(B, (b) => b.longitude), col(B, (b) => b.notes)],
    );

    await inBatches(plan.spaces, BATCH, (S) => q(
      `INSERT INTO spaces (building_id, code, name, floor, type, usable_area_m2, workstations, condition, notes)
       SELECT b.id, t.code, t.name, t.floor, t.type, t.area, t.ws, t.condition, t.notes
         FROM unnest($1::text[], $2::text[], $3::text[], $4::smallint[], $5::text[], $6::numeric[], $7::int[], $8::text[], $9::text[])
              AS t(bcode, code, name, floor, type, area, ws, condition, notes)
         JOIN buildings b ON b.code = t.bcode`,
      [col(S, (s) => s.building), col(S, (s) => s.code), col(S, (s) => s.name), col(S, (s) => s.floor), col(S, (s) => s.type),
        col(S, (s) => s.areaM2.toFixed(2)), col(S, (s) => s.workstations), col(S, (s) => s.condition), col(S, (s) => s.notes)],
    ));

    const maxDepth = Math.max(...plan.agencies.map((a) => a.depth));
    for (let depth = 0; depth <= maxDepth; depth++) {
      const A = plan.agencies.filter((a) => a.depth === depth);
      await inBatches(A, BATCH, (rows) => q(
        `INSERT INTO agencies (name, acronym, level, parent_id, liaison_name, liaison_email, liaison_phone, rfc, max_m2_per_person, notes)
         SELECT t.name, t.acronym, t.level, p.id, t.lname, t.lemail, t.lphone, t.rfc, t.maxm2, t.notes
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::numeric[], $10::text[])
                AS t(name, acronym, level, parent, lname, lemail, lphone, rfc, maxm2, notes)
           LEFT JOIN agencies p ON p.name = t.parent`,
        [col(rows, (a) => a.name), col(rows, (a) => a.acronym), col(rows, (a) => a.level), col(rows, (a) => a.parent),
          col(rows, (a) => a.liaisonName), col(rows, (a) => a.liaisonEmail), col(rows, (a) => a.liaisonPhone), col(rows, (a) => a.rfc),
          col(rows, (a) => a.maxM2PerPerson), col(rows, (a) => a.notes)],
      ));
    }

    // Agreements first, with their final status; then their spaces (the trigger copies the period).
    await inBatches(plan.agreements, BATCH, (G) => q(
      `INSERT INTO agreements (folio, building_id, agency_id, kind, monthly_rent, start_date, end_date, headcount, status,
         terminated_on, termination_reason, reference_rent_per_m2, previous_monthly_rent, previous_monthly_electricity, notes,
         activated_at, created_at, updated_at)
       SELECT t.folio, b.id, g.id, t.kind, t.rent, t.start_date, t.end_date, t.headcount, t.status, t.terminated_on, t.reason,
              t.ref, t.prev_rent, t.prev_elec, t.notes, t.activated_at, t.created_at,
              GREATEST(t.created_at, COALESCE(t.activated_at, t.created_at))
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::numeric[], $6::date[], $7::date[], $8::int[], $9::text[],
                     $10::date[], $11::text[], $12::numeric[], $13::numeric[], $14::numeric[], $15::text[], $16::timestamptz[], $17::timestamptz[])
              AS t(folio, bcode, agency, kind, rent, start_date, end_date, headcount, status, terminated_on, reason, ref,
                   prev_rent, prev_elec, notes, activated_at, created_at)
         JOIN buildings b ON b.code = t.bcode
         JOIN agencies g ON g.name = t.agency`,
      [col(G, (a) => a.folio), col(G, (a) => a.building), col(G, (a) => a.agency), col(G, (a) => a.kind), col(G, (a) => a.monthlyRent),
        col(G, (a) => a.startDate), col(G, (a) => a.endDate), col(G, (a) => a.headcount), col(G, (a) => a.status),
        col(G, (a) => a.terminatedOn), col(G, (a) => a.terminationReason), col(G, (a) => a.referenceRentPerM2),
        col(G, (a) => a.previousMonthlyRent), col(G, (a) => a.previousMonthlyElectricity), col(G, (a) => a.notes),
        col(G, (a) => a.activatedAt), col(G, (a) => a.createdAt)],
    ));

    const links = plan.agreements.flatMap((a) => a.spaces.map((code) => ({ folio: a.folio, code })));
    await inBatches(links, 2 * BATCH, (L) => q(
      `INSERT INTO agreement_spaces (agreement_id, space_id, building_id)
       SELECT a.id, s.id, a.building_id
         FROM unnest($1::text[], $2::text[]) AS t(folio, code)
         JOIN agreements a ON a.folio = t.folio
         JOIN spaces s ON s.building_id = a.building_id AND s.code = t.code`,
      [col(L, (l) => l.folio), col(L, (l) => l.code)],
    ));

    const F = plan.folioCounters;
    await q(
      `INSERT INTO folio_counters (building_id, year, last_number)
       SELECT b.id, t.year, t.last FROM unnest($1::text[], $2::smallint[], $3::int[]) AS t(bcode, year, last)
         JOIN buildings b ON b.code = t.bcode`,
      [col(F, (f) => f.building), col(F, (f) => f.year), col(F, (f) => f.lastNumber)],
    );

    // Users: one per role. ON CONFLICT keeps an administrator created beforehand from the environment.
    const U = DEMO_USERS;
    await q(
      `INSERT INTO users (username, full_name, email, password_hash, role, agency_id)
       SELECT t.username, t.full_name, t.email, t.hash, t.role, g.id
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
              AS t(username, full_name, email, hash, role, agency)
         LEFT JOIN agencies g ON g.acronym = t.agency AND g.name = 'Instituto de la Función Registral del Estado de México'
       ON CONFLICT DO NOTHING`,
      [col([...U], (u) => u.username), col([...U], (u) => u.fullName), col([...U], (u) => u.email), hashes, col([...U], (u) => u.role),
        col([...U], (u) => ('agencyAcronym' in u ? u.agencyAcronym : null))],
    );
    const scoped = U.flatMap((u) => ('buildings' in u ? u.buildings.map((code) => ({ username: u.username, code })) : []));
    await q(
      `INSERT INTO user_buildings (user_id, building_id)
       SELECT u.id, b.id FROM unnest($1::text[], $2::text[]) AS t(username, code)
         JOIN users u ON lower(u.username) = lower(t.username) JOIN buildings b ON b.code = t.code
       ON CONFLICT DO NOTHING`,
      [col(scoped, (s) => s.username), col(scoped, (s) => s.code)],
    );

    // A few audit events so that "recent changes" is not empty.
    const recent = [...plan.agreements].filter((a) => a.createdAt.slice(0, 10) <= plan.today)
      .sort((x, y) => y.createdAt.localeCompare(x.createdAt) || x.folio.localeCompare(y.folio)).slice(0, 6).map((a) => a.folio);
    await q(
      `INSERT INTO audit_events (occurred_at, actor_username, action, resource, record_id, after)
       SELECT g.created_at, 'sistema', 'create', 'agencies', g.id::text, to_jsonb(g)
         FROM agencies g WHERE g.acronym = ANY($1::text[]) OR g.name = 'Dirección General de Recaudación'
       ORDER BY g.name`,
      [['IFREM', 'SAT', 'BICENTRO']],
    );
    await q(
      `INSERT INTO audit_events (occurred_at, actor_username, action, resource, record_id, after)
       SELECT LEAST(a.created_at, now()), 'sistema', 'create', 'agreements', a.id::text, to_jsonb(a)
         FROM agreements a WHERE a.folio = ANY($1::text[])
       ORDER BY a.created_at, a.folio`,
      [recent],
    );

    // Shared-utility costs: services, meters and readings, periods, bills; then the closed months allocated.
    await seedUtilities(manager, plan, options);
    await seedCharges(manager);
    // Reglamento, random supervision and findings.
    await seedCompliance(manager, { today: plan.today, ...(plan.scale >= 10 ? { months: 60, sampleSize: 700 } : {}) });
    // Operations: declared days, procedures, the daily log since 2011 and a few suggestions.
    await seedOperations(manager, plan.today);
    // Waiting lines: services and counters in every CSA, and the last 30 days of tickets.
    await seedQueue(manager, plan.today);
  });
}
