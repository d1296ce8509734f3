import ExcelJS from 'exceljs';
import { CONTENT_TYPES, type Download } from '../statements/download';
import { LETTERHEAD } from '../statements/statement-labels';
import type { Scorecards } from './dto/scorecard.dto';

const LEVELS: Record<string, string> = { municipal: 'Municipal', state: 'Estatal', federal: 'Federal', auxiliary: 'Organismo auxiliar', autonomous: 'Organismo autónomo', private: 'Particular' };
const mmYyyy = (p: string) => `${p.slice(5, 7)}/${p.slice(0, 4)}`;

/** The scorecards as a workbook: the ranking with its figures, and the 12-month trend on a second sheet. */
export async function scorecardsXlsx(s: Scorecards): Promise<Download> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dirección General de Recursos Materiales';
  const byAgency = s.groupBy === 'agency';
  const ws = wb.addWorksheet('Cumplimiento');
  ws.addRow([LETTERHEAD]).font = { bold: true };
  ws.addRow([`Cumplimiento del Reglamento Interno por ${byAgency ? 'unidad usuaria' : 'inmueble'}, de ${mmYyyy(s.from)} a ${mmYyyy(s.to)}`]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const head = ws.addRow(['Lugar', byAgency ? 'Siglas' : 'Clave', 'Nombre', ...(byAgency ? ['Orden de gobierno'] : []), 'Puntos revisados', 'Cumple', 'No cumple', 'No aplica', 'Cumplimiento ponderado (%)', 'Acciones abiertas', 'Acciones vencidas']);
  head.font = { bold: true };
  head.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } }; });
  for (const r of s.rows) {
    ws.addRow([r.rank, r.code, r.name, ...(byAgency ? [LEVELS[r.level ?? ''] ?? r.level ?? ''] : []), r.itemsChecked, r.compliant, r.failed, r.notApplicable, r.score, r.openActions, r.overdueActions]);
  }
  const t = s.totals;
  ws.addRow(['', 'Total', '', ...(byAgency ? [''] : []), t.itemsChecked, t.compliant, t.failed, t.notApplicable, t.score, t.openActions, t.overdueActions]).font = { bold: true };
  ws.columns.forEach((c, i) => { c.width = i === 2 ? 50 : 16; });

  const trend = wb.addWorksheet('Tendencia 12 meses');
  const months = s.totals.trend.map((x) => x.period);
  trend.addRow([byAgency ? 'Siglas' : 'Clave', 'Nombre', ...months.map(mmYyyy)]).font = { bold: true };
  for (const r of s.rows) trend.addRow([r.code, r.name, ...r.trend.map((x) => x.score)]);
  trend.addRow(['Total', '', ...s.totals.trend.map((x) => x.score)]).font = { bold: true };
  trend.columns.forEach((c, i) => { c.width = i === 1 ? 50 : 10; });

  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { body, contentType: CONTENT_TYPES.xlsx, fileName: `cumplimiento_${s.groupBy}_${s.from}_${s.to}.xlsx` };
}
