import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { invalid } from '../common/validation';
import { addMonths, monthsBetween } from '../supervision/draw';
import { ComplianceRepository, type MonthFigures } from './compliance.repository';
import type { ScorecardQueryDto, ScorecardRow, Scorecards } from './dto/scorecard.dto';

const score = (applicable: number, compliant: number): number | null => (applicable > 0 ? Math.round((1000 * compliant) / applicable) / 10 : null);

interface Sum { checked: number; compliant: number; failed: number; notApplicable: number; weightApplicable: number; weightCompliant: number }
const zero = (): Sum => ({ checked: 0, compliant: 0, failed: 0, notApplicable: 0, weightApplicable: 0, weightCompliant: 0 });
const add = (s: Sum, m: MonthFigures) => {
  s.checked += m.checked; s.compliant += m.compliant; s.failed += m.failed; s.notApplicable += m.notApplicable;
  s.weightApplicable += m.weightApplicable; s.weightCompliant += m.weightCompliant;
};

/** Compliance per agency or building over a range of months, with the 12-month trend and the ranking. */
@Injectable()
export class ComplianceService {
  constructor(private readonly repo: ComplianceRepository) {}

  async scorecards(actor: Actor, q: ScorecardQueryDto): Promise<Scorecards> {
    if (q.from > q.to) throw invalid({ to: 'El periodo final debe ser igual o posterior al inicial' });
    if (monthsBetween(q.from, q.to) >= 120) throw invalid({ from: 'El intervalo admite como máximo 120 meses' });
    const trendFrom = addMonths(q.to, -11);
    const trendMonths = Array.from({ length: 12 }, (_, i) => addMonths(trendFrom, i));
    const filter = { groupBy: q.groupBy, buildingId: q.buildingId, agencyId: q.agencyId };
    const [months, actions] = await Promise.all([
      this.repo.months(actor, filter, q.from < trendFrom ? q.from : trendFrom, q.to),
      this.repo.actions(actor, filter),
    ]);
    const inRange = new Map<string, Sum>();
    const byMonth = new Map<string, Map<string, Sum>>();
    for (const m of months) {
      if (m.period >= q.from) {
        if (!inRange.has(m.key)) inRange.set(m.key, zero());
        add(inRange.get(m.key)!, m);
      }
      if (m.period >= trendFrom) {
        if (!byMonth.has(m.key)) byMonth.set(m.key, new Map());
        const perKey = byMonth.get(m.key)!;
        if (!perKey.has(m.period)) perKey.set(m.period, zero());
        add(perKey.get(m.period)!, m);
      }
    }
    const actionsByKey = new Map(actions.map((a) => [a.key, a]));
    const keys = [...new Set([...inRange.keys(), ...actionsByKey.keys()])];
    const subjects = new Map((await this.repo.subjects(q.groupBy, keys)).map((s) => [s.key, s]));
    const rows: ScorecardRow[] = keys.filter((k) => subjects.has(k)).map((k) => {
      const s = inRange.get(k) ?? zero();
      const subject = subjects.get(k)!;
      return {
        key: k, code: subject.code, name: subject.name, ...(subject.level ? { level: subject.level } : {}),
        itemsChecked: s.checked, compliant: s.compliant, failed: s.failed, notApplicable: s.notApplicable,
        score: score(s.weightApplicable, s.weightCompliant),
        openActions: actionsByKey.get(k)?.open ?? 0, overdueActions: actionsByKey.get(k)?.overdue ?? 0, rank: 0,
        trend: trendMonths.map((period) => {
          const t = byMonth.get(k)?.get(period);
          return { period, score: t ? score(t.weightApplicable, t.weightCompliant) : null };
        }),
      };
    });
    // Ranking: best score first; rows without checks last; ties by code.
    rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.code.localeCompare(b.code));
    rows.forEach((r, i) => { r.rank = i + 1; });
    const total = zero();
    for (const s of inRange.values()) { total.checked += s.checked; total.compliant += s.compliant; total.failed += s.failed; total.notApplicable += s.notApplicable; total.weightApplicable += s.weightApplicable; total.weightCompliant += s.weightCompliant; }
    const totalTrend = trendMonths.map((period) => {
      const t = zero();
      for (const perKey of byMonth.values()) { const m = perKey.get(period); if (m) { t.weightApplicable += m.weightApplicable; t.weightCompliant += m.weightCompliant; } }
      return { period, score: score(t.weightApplicable, t.weightCompliant) };
    });
    return {
      from: q.from, to: q.to, groupBy: q.groupBy, rows,
      totals: {
        itemsChecked: total.checked, compliant: total.compliant, failed: total.failed, notApplicable: total.notApplicable,
        score: score(total.weightApplicable, total.weightCompliant),
        openActions: rows.reduce((n, r) => n + r.openActions, 0), overdueActions: rows.reduce((n, r) => n + r.overdueActions, 0),
        trend: totalTrend,
      },
    };
  }
}
