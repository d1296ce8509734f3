import PDFDocument from 'pdfkit';
import { today } from '../common/today';
import { CONTENT_TYPES, type Download } from './download';
import type { Statement } from './dto/statement.dto';
import { fileSafe, formatDate, formatMxn, formatQuantity } from './es-mx';
import {
  BASIS_LABELS, LETTERHEAD, rentConcept, rentDays, serviceConcept, shortPeriod, spanLabel, statementFileName,
} from './statement-labels';

interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

const MARGIN = 50;
const ROW = 16;
const LINE_COLUMNS: Column[] = [
  { title: 'Periodo', width: 50 },
  { title: 'Concepto', width: 225 },
  { title: 'Base', width: 70 },
  { title: 'Cantidad base', width: 70, align: 'right' },
  { title: 'Importe', width: 97, align: 'right' },
];
const ADJUSTMENT_COLUMNS: Column[] = [
  { title: 'Periodo', width: 55 },
  { title: 'Corrige', width: 55 },
  { title: 'Inmueble', width: 70 },
  { title: 'Motivo', width: 230 },
  { title: 'Importe', width: 102, align: 'right' },
];

/** The statement as a letter-size PDF in Spanish. */
export function statementPdf(s: Statement): Promise<Download> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    info: { Title: `Estado de cuenta ${s.agency.acronym} ${s.period ?? s.year}`, Author: 'Dirección General de Recursos Materiales', Subject: 'Estado de cuenta' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  let y = MARGIN;

  const ensure = (height: number, columns?: Column[]) => {
    if (y + height > doc.page.height - MARGIN) {
      doc.addPage();
      y = MARGIN;
      if (columns) header(columns);
    }
  };
  const row = (columns: Column[], cells: string[], bold = false) => {
    ensure(ROW, columns);
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    let x = MARGIN;
    columns.forEach((c, i) => {
      doc.text(cells[i] ?? '', x + 2, y + 4, { width: c.width - 4, height: ROW - 4, align: c.align ?? 'left', ellipsis: true, lineBreak: false });
      x += c.width;
    });
    y += ROW;
  };
  const header = (columns: Column[]) => {
    doc.rect(MARGIN, y, width, ROW).fill('#e8e8e8').fillColor('black');
    row(columns, columns.map((c) => c.title), true);
  };
  const rule = () => {
    doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(0.5).stroke();
  };
  const heading = (text: string, size: number) => {
    ensure(size + 14);
    doc.font('Helvetica-Bold').fontSize(size).text(text, MARGIN, y, { width });
    y = doc.y + 6;
  };

  doc.font('Helvetica-Bold').fontSize(10).text(LETTERHEAD, MARGIN, y, { width, align: 'center' });
  y = doc.y + 10;
  doc.fontSize(16).text('Estado de cuenta', MARGIN, y, { width, align: 'center' });
  y = doc.y + 10;
  doc.font('Helvetica').fontSize(10);
  const facts = [
    `Unidad usuaria: ${s.agency.name} (${s.agency.acronym})`,
    ...(s.agency.rfc ? [`RFC: ${s.agency.rfc}`] : []),
    `Periodo: ${spanLabel(s)}`,
    `Fecha de emisión: ${formatDate(today(new Date(s.generatedAt)))}`,
  ];
  for (const fact of facts) {
    doc.text(fact, MARGIN, y, { width });
    y = doc.y + 2;
  }
  y += 10;

  if (!s.buildings.length && !s.adjustments.length) {
    doc.text('Sin cargos, rentas ni ajustes en el periodo.', MARGIN, y, { width });
    y = doc.y + 10;
  }

  for (const b of s.buildings) {
    heading(`${b.building.code} — ${b.building.name}`, 11);
    header(LINE_COLUMNS);
    for (const l of b.lines) {
      row(LINE_COLUMNS, [shortPeriod(l.period), serviceConcept(l), BASIS_LABELS[l.basis] ?? l.basis, formatQuantity(l.basisQuantity, 4), formatMxn(l.amount)]);
    }
    for (const r of b.rentLines) {
      row(LINE_COLUMNS, [shortPeriod(r.period), rentConcept(r), `Renta ${formatMxn(r.monthlyRent)}`, rentDays(r), formatMxn(r.amount)]);
    }
    rule();
    row(LINE_COLUMNS, ['', 'Servicios compartidos', '', '', formatMxn(b.servicesTotal)]);
    row(LINE_COLUMNS, ['', 'Renta', '', '', formatMxn(b.rent)]);
    row(LINE_COLUMNS, ['', `Subtotal ${b.building.code}`, '', '', formatMxn(b.subtotal)], true);
    y += 12;
  }

  if (s.adjustments.length) {
    heading('Ajustes registrados en el periodo', 11);
    header(ADJUSTMENT_COLUMNS);
    for (const a of s.adjustments) {
      row(ADJUSTMENT_COLUMNS, [shortPeriod(a.period), shortPeriod(a.correctsPeriod), a.building.code, a.service ? `${a.service}: ${a.reason}` : a.reason, formatMxn(a.amount)]);
    }
    rule();
    row(ADJUSTMENT_COLUMNS, ['', '', '', 'Total de ajustes', formatMxn(s.adjustmentsTotal)], true);
    y += 12;
  }

  ensure(ROW * 2);
  rule();
  y += 4;
  doc.font('Helvetica-Bold').fontSize(12).text(`Total: ${formatMxn(s.total)} MXN`, MARGIN, y, { width, align: 'right' });
  y = doc.y + 16;
  doc.font('Helvetica').fontSize(7.5).fillColor('#444444').text(
    'Importes en pesos mexicanos. Cada cargo es la parte que corresponde a la unidad usuaria de la factura del servicio, '
    + 'según la base de prorrateo indicada; la renta se calcula por los días del mes que cubre el convenio.',
    MARGIN, y, { width },
  );
  doc.end();
  return done.then((body) => ({ body, contentType: CONTENT_TYPES.pdf, fileName: statementFileName(s, 'pdf', fileSafe) }));
}
