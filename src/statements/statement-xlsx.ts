import ExcelJS from 'exceljs';
import { today } from '../common/today';
import { CONTENT_TYPES, type Download } from './download';
import type { Statement } from './dto/statement.dto';
import { fileSafe, formatDate } from './es-mx';
import {
  BASIS_LABELS, LETTERHEAD, rentConcept, rentDays, serviceConcept, shortPeriod, spanLabel, statementFileName,
} from './statement-labels';

export const MXN_FORMAT = '"$"#,##0.00;-"$"#,##0.00';

/** Decimal string → cell number. The workbook stores numbers as IEEE doubles; two decimals survive. */
export const cellMoney = (amount: string): number => Number(amount);

/** The statement as a workbook: same content as the PDF, amounts as numeric cells in MXN. */
export async function statementXlsx(s: Statement): Promise<Download> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dirección General de Recursos Materiales';
  wb.created = new Date(s.generatedAt);
  const ws = wb.addWorksheet('Estado de cuenta', { pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [
    { key: 'building', width: 14 },
    { key: 'period', width: 10 },
    { key: 'concept', width: 48 },
    { key: 'basis', width: 18 },
    { key: 'quantity', width: 16 },
    { key: 'amount', width: 16 },
  ];
  const title = (text: string, size: number) => {
    const r = ws.addRow([text]);
    ws.mergeCells(r.number, 1, r.number, 6);
    r.getCell(1).font = { bold: true, size };
  };
  title(LETTERHEAD, 11);
  title('Estado de cuenta', 14);
  ws.addRow(['Unidad usuaria', `${s.agency.name} (${s.agency.acronym})`]);
  if (s.agency.rfc) ws.addRow(['RFC', s.agency.rfc]);
  ws.addRow(['Periodo', spanLabel(s)]);
  ws.addRow(['Fecha de emisión', formatDate(today(new Date(s.generatedAt)))]);
  ws.addRow([]);

  const head = ws.addRow(['Inmueble', 'Periodo', 'Concepto', 'Base', 'Cantidad base', 'Importe']);
  head.font = { bold: true };
  head.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } }; });
  const money = (r: ExcelJS.Row, bold = false) => {
    r.getCell(6).numFmt = MXN_FORMAT;
    if (bold) r.font = { bold: true };
  };

  for (const b of s.buildings) {
    const name = ws.addRow([`${b.building.code} — ${b.building.name}`]);
    name.font = { bold: true };
    for (const l of b.lines) {
      const r = ws.addRow([b.building.code, shortPeriod(l.period), serviceConcept(l), BASIS_LABELS[l.basis] ?? l.basis, l.basisQuantity, cellMoney(l.amount)]);
      money(r);
    }
    for (const l of b.rentLines) {
      money(ws.addRow([b.building.code, shortPeriod(l.period), rentConcept(l), 'Renta mensual', rentDays(l), cellMoney(l.amount)]));
    }
    money(ws.addRow([b.building.code, '', 'Servicios compartidos', '', '', cellMoney(b.servicesTotal)]));
    money(ws.addRow([b.building.code, '', 'Renta', '', '', cellMoney(b.rent)]));
    money(ws.addRow([b.building.code, '', `Subtotal ${b.building.code}`, '', '', cellMoney(b.subtotal)]), true);
  }
  if (s.adjustments.length) {
    ws.addRow([]);
    ws.addRow(['Ajustes registrados en el periodo']).font = { bold: true };
    for (const a of s.adjustments) {
      const concept = `Corrige ${shortPeriod(a.correctsPeriod)}: ${a.service ? `${a.service}: ` : ''}${a.reason}`;
      money(ws.addRow([a.building.code, shortPeriod(a.period), concept, 'Ajuste', '', cellMoney(a.amount)]));
    }
    money(ws.addRow(['', '', 'Total de ajustes', '', '', cellMoney(s.adjustmentsTotal)]), true);
  }
  ws.addRow([]);
  money(ws.addRow(['Total', '', '', '', '', cellMoney(s.total)]), true);

  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { body, contentType: CONTENT_TYPES.xlsx, fileName: statementFileName(s, 'xlsx', fileSafe) };
}
