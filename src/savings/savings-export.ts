import ExcelJS from 'exceljs';
import { CONTENT_TYPES, type Download } from '../statements/download';
import { monthLabel } from '../statements/es-mx';
import { LETTERHEAD } from '../statements/statement-labels';
import { cellMoney, MXN_FORMAT } from '../statements/statement-xlsx';
import type { SavingsAmounts, SavingsReport } from './dto/savings.dto';
import { GROUP_LABELS } from './savings-labels';

const AMOUNT_COLUMNS: { field: keyof SavingsAmounts; title: string }[] = [
  { field: 'leaseSavings', title: 'Ahorro en rentas' },
  { field: 'electricitySavings', title: 'Ahorro en energía eléctrica' },
  { field: 'totalSavings', title: 'Ahorro total' },
  { field: 'vacancyCost', title: 'Costo del espacio vacante (DGRM)' },
  { field: 'ownOfficeLeases', title: 'Rentas que el Estado ya no paga' },
];

const fileName = (r: SavingsReport, ext: string) => `ahorros_${r.groupBy}_${r.from}_${r.to}.${ext}`;
const spanText = (r: SavingsReport) => `de ${monthLabel(r.from)} a ${monthLabel(r.to)}`;

/** CSV for spreadsheets and scripts: UTF-8 with BOM, comma-separated, amounts as plain decimals. */
export function savingsCsv(r: SavingsReport): Download {
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    ['Clave', GROUP_LABELS[r.groupBy], ...AMOUNT_COLUMNS.map((c) => c.title)],
    ...r.rows.map((row) => [row.key, row.label, ...AMOUNT_COLUMNS.map((c) => row[c.field])]),
    ['', r.totals.label, ...AMOUNT_COLUMNS.map((c) => r.totals[c.field])],
  ];
  const text = `\uFEFF${lines.map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`;
  return { body: Buffer.from(text, 'utf8'), contentType: CONTENT_TYPES.csv, fileName: fileName(r, 'csv') };
}

/** The report as a workbook, amounts as numeric cells in MXN. */
export async function savingsXlsx(r: SavingsReport): Promise<Download> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dirección General de Recursos Materiales';
  const ws = wb.addWorksheet('Ahorros');
  ws.columns = [{ width: 40 }, ...AMOUNT_COLUMNS.map(() => ({ width: 22 }))];
  const title = (text: string, bold = true) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, AMOUNT_COLUMNS.length + 1);
    if (bold) row.font = { bold: true };
  };
  title(LETTERHEAD);
  title(`Ahorros del esquema CSA, por ${GROUP_LABELS[r.groupBy].toLowerCase()}, ${spanText(r)}`);
  ws.addRow([]);
  const head = ws.addRow([GROUP_LABELS[r.groupBy], ...AMOUNT_COLUMNS.map((c) => c.title)]);
  head.font = { bold: true };
  const add = (label: string, amounts: SavingsAmounts, bold = false) => {
    const row = ws.addRow([label, ...AMOUNT_COLUMNS.map((c) => cellMoney(amounts[c.field]))]);
    for (let i = 2; i <= AMOUNT_COLUMNS.length + 1; i++) row.getCell(i).numFmt = MXN_FORMAT;
    if (bold) row.font = { bold: true };
  };
  for (const row of r.rows) add(row.label, row);
  add(r.totals.label, r.totals, true);
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { body, contentType: CONTENT_TYPES.xlsx, fileName: fileName(r, 'xlsx') };
}
