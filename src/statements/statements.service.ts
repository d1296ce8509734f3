import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { found } from '../common/not-found';
import { invalid } from '../common/validation';
import type { Download } from './download';
import type {
  Statement, StatementAdjustment, StatementBuilding, StatementLine, StatementQueryDto, StatementRentLine,
} from './dto/statement.dto';
import { monthSpan } from '../common/periods';
import { statementPdf } from './statement-pdf';
import { statementXlsx } from './statement-xlsx';
import { StatementsRepository } from './statements.repository';

const ZERO = '0.00';

@Injectable()
export class StatementsService {
  constructor(private readonly statements: StatementsRepository) {}

  /**
   * The agency's statement for a month or a year. A liaison reads only its own agency (another id
   * answers 404, as if it did not exist); a building administrator sees only its buildings' lines.
   */
  async get(actor: Actor, q: StatementQueryDto): Promise<Statement> {
    const agencyId = q.agencyId ?? actor.agencyId ?? undefined; // a user of one agency reads its own by default
    const errors: Record<string, string> = {};
    if (!agencyId) errors.agencyId = 'Es obligatorio';
    if (q.period && q.year !== undefined) errors.year = 'Indique el periodo o el año, no ambos';
    else if (!q.period && q.year === undefined) errors.period = 'Indique el periodo (AAAA-MM) o el año';
    if (Object.keys(errors).length) throw invalid(errors);

    const agency = found(await this.statements.agency(actor, agencyId!), 'la unidad usuaria');
    const span = q.period ? monthSpan(q.period, q.period) : monthSpan(`${q.year}-01`, `${q.year}-12`);
    const rows = await this.statements.items(actor, agency.id, span);

    const buildings = new Map<string, StatementBuilding>();
    const adjustments: StatementAdjustment[] = [];
    for (const row of rows) {
      const building = { id: row.buildingId, code: row.buildingCode, name: row.buildingName };
      if (row.kind === 'adjustment') {
        const d = row.detail as { id: string; correctsPeriod: string; serviceId: string | null; service: string | null; reason: string };
        adjustments.push({ id: d.id, period: row.period, correctsPeriod: d.correctsPeriod, building, serviceId: d.serviceId, service: d.service, reason: d.reason, amount: row.amount });
        continue;
      }
      let group = buildings.get(row.buildingId);
      if (!group) {
        group = { building, lines: [], servicesTotal: row.servicesTotal, rent: row.rentTotal, rentLines: [], subtotal: row.subtotal };
        buildings.set(row.buildingId, group);
      }
      if (row.kind === 'service') group.lines.push({ period: row.period, ...(row.detail as Omit<StatementLine, 'period' | 'amount'>), amount: row.amount });
      else group.rentLines.push({ period: row.period, ...(row.detail as Omit<StatementRentLine, 'period' | 'amount'>), amount: row.amount });
    }

    return {
      agency,
      ...(q.period ? { period: q.period } : { year: q.year }),
      from: span.first,
      to: span.last,
      buildings: [...buildings.values()],
      adjustments,
      adjustmentsTotal: rows[0]?.adjustmentsTotal ?? ZERO,
      total: rows[0]?.total ?? ZERO,
      currency: 'MXN',
      generatedAt: new Date().toISOString(),
    };
  }

  /** The statement as a PDF or a workbook. */
  async export(statement: Statement, format: 'pdf' | 'xlsx'): Promise<Download> {
    return format === 'pdf' ? statementPdf(statement) : statementXlsx(statement);
  }
}
