import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import type { Download } from '../statements/download';
import { monthCount, monthSpan } from '../common/periods';
import type { SavingsAmounts, SavingsQueryDto, SavingsReport } from './dto/savings.dto';
import { savingsCsv, savingsXlsx } from './savings-export';
import { rowLabel } from './savings-labels';
import { SavingsRepository } from './savings.repository';

/** Twenty years of months: more is a typo, not a report. */
export const MAX_MONTHS = 240;

@Injectable()
export class SavingsService {
  constructor(private readonly savings: SavingsRepository) {}

  /** Savings by year, month, building, level or agency; a building administrator sees its buildings only. */
  async report(actor: Actor, q: SavingsQueryDto): Promise<SavingsReport> {
    const now = today().slice(0, 7);
    const to = q.to ?? (q.from && q.from > now ? q.from : now);
    const from = q.from ?? `${to.slice(0, 4)}-01`;
    const months = monthCount(from, to);
    if (months < 1) throw invalid({ to: 'Debe ser igual o posterior al mes inicial' });
    if (months > MAX_MONTHS) throw invalid({ to: `El periodo admite como máximo ${MAX_MONTHS} meses` });
    const groupBy = q.groupBy ?? 'year';

    const rows = await this.savings.rows(actor, monthSpan(from, to), groupBy);
    const totalRow = rows.find((r) => r.isTotal);
    const amounts = (r: SavingsAmounts): SavingsAmounts => ({
      leaseSavings: r.leaseSavings, electricitySavings: r.electricitySavings, totalSavings: r.totalSavings,
      vacancyCost: r.vacancyCost, ownOfficeLeases: r.ownOfficeLeases,
    });
    const zero: SavingsAmounts = { leaseSavings: '0.00', electricitySavings: '0.00', totalSavings: '0.00', vacancyCost: '0.00', ownOfficeLeases: '0.00' };
    return {
      from,
      to,
      groupBy,
      rows: rows.filter((r) => !r.isTotal).map((r) => ({ key: r.key!, label: rowLabel(groupBy, r.key!, r.label), ...amounts(r) })),
      totals: { label: 'Total', ...(totalRow ? amounts(totalRow) : zero) },
    };
  }

  export(report: SavingsReport, format: 'xlsx' | 'csv'): Promise<Download> {
    return format === 'xlsx' ? savingsXlsx(report) : Promise.resolve(savingsCsv(report));
  }
}
