import ExcelJS from 'exceljs';
import { CONTENT_TYPES, type Download } from '../statements/download';
import { monthLabel } from '../statements/es-mx';
import { LETTERHEAD } from '../statements/statement-labels';
import type { AttendanceReport } from './operation-reports.service';
import { GROUP_LABELS } from './report-labels';

const fileName = (r: AttendanceReport, ext: string) => `afluencia_${r.groupBy}_${r.from}_${r.to}.${ext}`;
const NOTE = 'Cifras ilustrativas: los totales anuales publicados se repartieron entre inmuebles, meses y unidades usuarias para la demostración.';

/** CSV: UTF-8 with BOM, comma-separated, integers as plain digits. */
export function attendanceCsv(r: AttendanceReport): Download {
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    ['Clave', GROUP_LABELS[r.groupBy], 'Visitantes', 'Trámites'],
    ...r.rows.map((row) => [row.key, row.label, String(row.visitors), String(row.procedures)]),
    ['', 'Total', String(r.totals.visitors), String(r.totals.procedures)],
  ];
  const text = `\uFEFF${lines.map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`;
  return { body: Buffer.from(text, 'utf8'), contentType: CONTENT_TYPES.csv, fileName: fileName(r, 'csv') };
}

export async function attendanceXlsx(r: AttendanceReport): Promise<Download> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dirección General de Recursos Materiales';
  const ws = wb.addWorksheet('Afluencia');
  ws.columns = [{ width: 48 }, { width: 18 }, { width: 18 }];
  const title = (text: string, bold = true) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, 3);
    if (bold) row.font = { bold: true };
  };
  title(LETTERHEAD);
  title(`Visitantes y trámites por ${GROUP_LABELS[r.groupBy].toLowerCase()}, de ${monthLabel(r.from)} a ${monthLabel(r.to)}`);
  if (r.illustrative) title(NOTE, false);
  ws.addRow([]);
  const head = ws.addRow([GROUP_LABELS[r.groupBy], 'Visitantes', 'Trámites']);
  head.font = { bold: true };
  for (const row of r.rows) ws.addRow([row.label, row.visitors, row.procedures]).eachCell((c, i) => { if (i > 1) c.numFmt = '#,##0'; });
  const total = ws.addRow(['Total', r.totals.visitors, r.totals.procedures]);
  total.font = { bold: true };
  total.eachCell((c, i) => { if (i > 1) c.numFmt = '#,##0'; });
  return { body: Buffer.from(await wb.xlsx.writeBuffer()), contentType: CONTENT_TYPES.xlsx, fileName: fileName(r, 'xlsx') };
}
