import PDFDocument from 'pdfkit';
import { CONTENT_TYPES, type Download } from '../statements/download';
import { fileSafe, formatDate } from '../statements/es-mx';
import { LETTERHEAD } from '../statements/statement-labels';
import type { Inspection, InspectionResult } from './inspections.repository';

export const TYPE_LABELS: Record<string, string> = { random: 'Aleatoria', scheduled: 'Programada', follow_up: 'De seguimiento', complaint: 'Por queja' };
export const STATUS_LABELS: Record<string, string> = { planned: 'Programada', in_progress: 'En curso', signed: 'Firmada' };
export const OUTCOME_LABELS: Record<string, string> = { complies: 'Cumple', fails: 'No cumple', not_applicable: 'No aplica' };
export const SEVERITY_LABELS: Record<string, string> = { low: 'Baja', medium: 'Media', high: 'Alta', critical: 'Crítica' };

export interface ActFinding {
  folio: string;
  spaceCode: string;
  agencyAcronym: string | null;
  articleNumber: string;
  severity: string;
  correctiveAction: string;
  dueOn: string;
}

interface Column { title: string; width: number; align?: 'left' | 'right' }

const MARGIN = 45;

/** The act of an inspection (acta de supervisión): scope, results, findings and the signature blocks. */
export function inspectionPdf(i: Inspection, results: InspectionResult[], findings: ActFinding[]): Promise<Download> {
  const doc = new PDFDocument({ size: 'LETTER', margin: MARGIN, info: { Title: `Acta de supervisión ${i.folio}`, Author: 'Dirección General de Recursos Materiales' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });
  const width = doc.page.width - 2 * MARGIN;
  let y = MARGIN;

  const ensure = (h: number, columns?: Column[]) => {
    if (y + h > doc.page.height - MARGIN) { doc.addPage(); y = MARGIN; if (columns) header(columns); }
  };
  const row = (columns: Column[], cells: string[], bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    const heights = columns.map((c, k) => doc.heightOfString(cells[k] ?? '', { width: c.width - 4 }));
    const h = Math.max(14, ...heights.map((x) => x + 6));
    ensure(h, bold ? undefined : columns);
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    let x = MARGIN;
    columns.forEach((c, k) => { doc.text(cells[k] ?? '', x + 2, y + 3, { width: c.width - 4, align: c.align ?? 'left' }); x += c.width; });
    y += h;
    doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(0.3).strokeColor('#bbbbbb').stroke().strokeColor('black');
  };
  const header = (columns: Column[]) => {
    doc.rect(MARGIN, y, width, 14).fill('#e8e8e8').fillColor('black');
    row(columns, columns.map((c) => c.title), true);
  };
  const heading = (text: string) => {
    ensure(30);
    y += 6;
    doc.font('Helvetica-Bold').fontSize(11).text(text, MARGIN, y, { width });
    y = doc.y + 4;
  };

  doc.font('Helvetica-Bold').fontSize(9).text(LETTERHEAD, MARGIN, y, { width, align: 'center' });
  y = doc.y + 8;
  doc.fontSize(15).text('Acta de supervisión', MARGIN, y, { width, align: 'center' });
  y = doc.y + 4;
  doc.font('Helvetica').fontSize(9).text(`Folio ${i.folio}`, MARGIN, y, { width, align: 'center' });
  y = doc.y + 10;
  const facts: [string, string][] = [
    ['Inmueble', `${i.buildingCode} — ${String(i.buildingName ?? '')}`],
    ['Tipo de supervisión', TYPE_LABELS[i.type] ?? i.type],
    ['Fecha programada', formatDate(i.plannedOn)],
    ['Fecha de la visita', i.performedOn ? formatDate(i.performedOn) : 'Pendiente'],
    ['Supervisor', String(i.inspectorName ?? '—')],
    ['Lista de verificación', String(i.checklistName ?? '')],
    ['Estado', STATUS_LABELS[i.status] ?? i.status],
  ];
  if (i.followUpOfFolio) facts.push(['Seguimiento de', String(i.followUpOfFolio)]);
  for (const [k, v] of facts) {
    doc.font('Helvetica-Bold').fontSize(9).text(`${k}: `, MARGIN, y, { continued: true }).font('Helvetica').text(v);
    y = doc.y + 1;
  }
  if (i.notes) { y += 4; doc.font('Helvetica').fontSize(9).text(`Observaciones: ${String(i.notes)}`, MARGIN, y, { width }); y = doc.y; }

  heading('Alcance');
  const scopeCols: Column[] = [{ title: 'Espacio', width: 90 }, { title: 'Nombre', width: 190 }, { title: 'Unidad usuaria', width: width - 280 }];
  header(scopeCols);
  for (const s of i.scope) row(scopeCols, [s.spaceCode, s.spaceName, s.agencyName ? `${s.agencyName} (${s.agencyAcronym})` : 'Sin ocupante']);

  heading('Resultados');
  const cols: Column[] = [
    { title: 'Art.', width: 40 }, { title: 'Punto revisado', width: 200 }, { title: 'Espacio', width: 60 },
    { title: 'Gravedad', width: 50 }, { title: 'Resultado', width: 60 }, { title: 'Nota', width: width - 410 },
  ];
  header(cols);
  for (const r of results) {
    const photos = (r.photos as unknown[]).length;
    row(cols, [String(r.articleNumber), String(r.question), String(r.spaceCode), SEVERITY_LABELS[String(r.severity)] ?? '',
      OUTCOME_LABELS[r.outcome] ?? r.outcome, `${String(r.note ?? '')}${photos ? ` (${photos} foto${photos > 1 ? 's' : ''})` : ''}`]);
  }
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  y += 4;
  doc.font('Helvetica').fontSize(9).text(`Cumple: ${count('complies')}   No cumple: ${count('fails')}   No aplica: ${count('not_applicable')}`, MARGIN, y, { width });
  y = doc.y;

  heading('Hallazgos y acciones correctivas');
  if (!findings.length) {
    doc.font('Helvetica').fontSize(9).text(i.status === 'signed' ? 'Sin hallazgos.' : 'Los hallazgos se abren al firmar el acta.', MARGIN, y, { width });
    y = doc.y;
  } else {
    const fc: Column[] = [
      { title: 'Folio', width: 105 }, { title: 'Espacio', width: 55 }, { title: 'Unidad', width: 55 }, { title: 'Art.', width: 35 },
      { title: 'Acción correctiva', width: width - 320 }, { title: 'Plazo', width: 70 },
    ];
    header(fc);
    for (const f of findings) row(fc, [f.folio, f.spaceCode, f.agencyAcronym ?? 'DGRM', f.articleNumber, f.correctiveAction, formatDate(f.dueOn)]);
  }

  ensure(130);
  y += 30;
  doc.font('Helvetica').fontSize(8.5).text(
    'Las partes firman de conformidad con lo asentado en la presente acta, levantada conforme al Reglamento Interno para la Administración y Funcionamiento de los Centros de Servicios Administrativos.',
    MARGIN, y, { width },
  );
  y = doc.y + 50;
  const half = (width - 40) / 2;
  const block = (x: number, title: string, name: string) => {
    doc.moveTo(x, y).lineTo(x + half, y).lineWidth(0.7).stroke();
    doc.font('Helvetica-Bold').fontSize(9).text(title, x, y + 4, { width: half, align: 'center' });
    doc.font('Helvetica').fontSize(9).text(name, x, y + 16, { width: half, align: 'center' });
  };
  block(MARGIN, 'Por la DGRM (supervisor)', String(i.signedByName ?? i.inspectorName ?? ''));
  block(MARGIN + half + 40, 'Por la unidad usuaria', String(i.tenantSignatory ?? ''));
  if (i.signedAt) {
    doc.font('Helvetica').fontSize(7.5).fillColor('#444444').text(`Firmada el ${formatDate(new Date(String(i.signedAt)).toISOString())}.`, MARGIN, y + 40, { width });
  }
  doc.end();
  return done.then((body) => ({ body, contentType: CONTENT_TYPES.pdf, fileName: `acta_${fileSafe(i.folio)}.pdf` }));
}
