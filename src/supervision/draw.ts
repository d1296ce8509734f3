/**
 * The monthly random draw, pure and deterministic: the same candidates (in the same order) and the
 * same seed give the same plan. Tenants due under the coverage guarantee are forced in first; the
 * other places are filled by weighted random sampling without replacement (Efraimidis–Spirakis:
 * each candidate gets the key −ln(u)/w from the seeded generator, the smallest keys win).
 */

/** One occupied space in the plan's month, with the risk figures gathered by one SQL statement. */
export interface Candidate {
  buildingId: string;
  buildingCode: string;
  spaceId: string;
  spaceCode: string;
  agencyId: string;
  agencyAcronym: string;
  /** Failed checks in the last 12 months, each weighted by severity (1–4). */
  failWeight: number;
  failCount: number;
  /** Month of the last signed inspection of the space (YYYY-MM), or null. */
  lastInspected: string | null;
  openActions: number;
  /** Month since which the tenant (agency in building) counts as covered: last inspection or approved plan, or null. */
  tenantCoveredIn: string | null;
  /** First month of the tenant's current occupancy in the building (YYYY-MM). */
  tenantSince: string;
}

export interface DrawEntry {
  candidate: Candidate;
  weight: number;
  probability: number;
  forced: boolean;
  reasons: string[];
}

export interface DrawOptions {
  period: string;
  seed: number;
  sampleSize: number;
  coverageMonths: number;
}

export const MONTHS_SINCE_CAP = 12;

/** mulberry32: small, fast, and the same sequence for the same 32-bit seed on every platform. */
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

/** Months from `from` to `to` (YYYY-MM); positive when `to` is later. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

export function addMonths(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

const mmYyyy = (period: string) => `${period.slice(5, 7)}/${period.slice(0, 4)}`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The weight of a candidate: 1 + severity-weighted failures + months since the last inspection (capped) + open actions. */
export function weightOf(c: Candidate, period: string): number {
  return 1 + c.failWeight + monthsSince(c, period) + c.openActions;
}

function monthsSince(c: Candidate, period: string): number {
  return c.lastInspected ? Math.min(MONTHS_SINCE_CAP, Math.max(0, monthsBetween(c.lastInspected, period))) : MONTHS_SINCE_CAP;
}

/** Months from the tenant's last coverage (or the month before its occupancy began) to the plan's month. */
export function coverageGap(c: Candidate, period: string): number {
  return monthsBetween(c.tenantCoveredIn ?? addMonths(c.tenantSince, -1), period);
}

function riskReasons(c: Candidate, period: string): string[] {
  const reasons: string[] = [];
  if (c.failCount) reasons.push(`${plural(c.failCount, 'incumplimiento', 'incumplimientos')} en los últimos 12 meses (peso por gravedad ${c.failWeight})`);
  reasons.push(c.lastInspected ? `Sin supervisión desde ${mmYyyy(c.lastInspected)}` : 'Espacio nunca supervisado');
  if (c.openActions) reasons.push(`${plural(c.openActions, 'acción correctiva abierta', 'acciones correctivas abiertas')}`);
  void period;
  return reasons;
}

export function draw(candidates: readonly Candidate[], o: DrawOptions): DrawEntry[] {
  const random = mulberry32(o.seed);
  const weights = candidates.map((c) => weightOf(c, o.period));
  // One number per candidate, in the candidates' order, whether forced or not: the sequence never shifts.
  const keys = candidates.map((_, i) => -Math.log(1 - random()) / weights[i]);

  // Coverage guarantee: one space per due tenant (the riskiest; ties by order).
  const dueTenants = new Map<string, number>();
  candidates.forEach((c, i) => {
    // Inspected in month m, the tenant must be seen again by m + N: due once the gap reaches N
    // (N − 1 whole months have passed without a visit).
    if (coverageGap(c, o.period) < o.coverageMonths) return;
    const key = `${c.buildingId}/${c.agencyId}`;
    const best = dueTenants.get(key);
    if (best === undefined || weights[i] > weights[best]) dueTenants.set(key, i);
  });
  const forced = [...dueTenants.values()].sort((a, b) => a - b);
  const chosen = new Set(forced);

  const rest = candidates.map((_, i) => i).filter((i) => !chosen.has(i));
  const slots = Math.max(0, Math.min(o.sampleSize - forced.length, rest.length));
  const restWeight = rest.reduce((sum, i) => sum + weights[i], 0);
  const drawn = [...rest].sort((a, b) => keys[a] - keys[b] || a - b).slice(0, slots);

  const entries: DrawEntry[] = forced.map((i) => {
    const c = candidates[i];
    const gap = coverageGap(c, o.period);
    const reason = c.tenantCoveredIn
      ? `Garantía de cobertura: ${c.agencyAcronym} no se supervisa en este inmueble desde ${mmYyyy(c.tenantCoveredIn)} (${plural(gap - 1, 'mes', 'meses')} sin supervisión; se supervisa al menos una vez cada ${plural(o.coverageMonths, 'mes', 'meses')})`
      : `Garantía de cobertura: ${c.agencyAcronym} no se ha supervisado en este inmueble desde el inicio de su ocupación (${mmYyyy(c.tenantSince)})`;
    return { candidate: c, weight: weights[i], probability: 1, forced: true, reasons: [reason, ...riskReasons(c, o.period)] };
  });
  for (const i of drawn) {
    const c = candidates[i];
    const probability = restWeight > 0 ? Math.min(1, (slots * weights[i]) / restWeight) : 1;
    entries.push({
      candidate: c, weight: weights[i], probability, forced: false,
      reasons: [`Sorteo ponderado por riesgo: peso ${formatNumber(weights[i])} de ${formatNumber(restWeight)} (probabilidad aproximada ${formatNumber(probability * 100)} %)`, ...riskReasons(c, o.period)],
    });
  }
  return entries;
}

const NUMBER = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 1 });
const formatNumber = (n: number) => NUMBER.format(n);
