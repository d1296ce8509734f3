import ExcelJS from 'exceljs';
import { BadRequestException, Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { scopeOf } from '../common/scope';
import { SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import { CONTENT_TYPES, type Download } from '../statements/download';
import { LETTERHEAD } from '../statements/statement-labels';
import type { QueueGroup, QueueReportQueryDto } from './dto/queue-report.dto';

const LOCAL = `AT TIME ZONE 'America/Mexico_City'`;
/** Days and hours in their order; the others by their label. */
const ORDERED_BY_KEY: readonly QueueGroup[] = ['day', 'hour'];
const GROUPS: Record<QueueGroup, { key: string; label: string; join?: string; label_es: string }> = {
  day: { key: `to_char(t.day, 'YYYY-MM-DD')`, label: `to_char(t.day, 'DD/MM/YYYY')`, label_es: 'Día' },
  hour: { key: `lpad(extract(hour FROM v.queued_at ${LOCAL})::text, 2, '0')`, label: `lpad(extract(hour FROM v.queued_at ${LOCAL})::text, 2, '0') || ':00'`, label_es: 'Hora' },
  service: { key: 'v.service_id::text', label: `qs.prefix || ' — ' || qs.name`, join: 'JOIN queue_services qs ON qs.id = v.service_id', label_es: 'Servicio' },
  counter: { key: `COALESCE(v.counter_id::text, '—')`, label: `COALESCE(c.label, 'Sin ventanilla')`, join: 'LEFT JOIN counters c ON c.id = v.counter_id', label_es: 'Ventanilla' },
  clerk: { key: `COALESCE(v.clerk_id::text, '—')`, label: `COALESCE(u.full_name, 'Sin registro')`, join: 'LEFT JOIN users u ON u.id = v.clerk_id', label_es: 'Personal de ventanilla' },
  agency: { key: 'v.agency_id::text', label: `g.acronym || ' — ' || g.name`, join: 'JOIN agencies g ON g.id = v.agency_id', label_es: 'Unidad usuaria' },
  building: { key: 'v.building_id::text', label: `b.code || ' — ' || b.name`, join: 'JOIN buildings b ON b.id = v.building_id', label_es: 'Inmueble' },
};

export interface QueueReportRow {
  key: string | null;
  label: string;
  isTotal: boolean;
  issued: number;
  served: number;
  notCompleted: number;
  noShow: number;
  cancelled: number;
  waitMean: number | null;
  waitP90: number | null;
  walkMean: number | null;
  serviceMean: number | null;
  serviceP90: number | null;
  totalMean: number | null;
  totalP90: number | null;
  withinTarget: number | null;
  ratings: number;
  ratingMean: number | null;
}

export interface QueueReport {
  from: string;
  to: string;
  groupBy: QueueGroup;
  rows: QueueReportRow[];
}

const minutes = (expr: string) => `round((${expr})::numeric / 60, 1)::float8`;
const seconds = (a: string, b: string) => `extract(epoch FROM ${b} - ${a})`;

/**
 * Each visit of a ticket to a service is a row: issued, served, not completed, no-show and
 * cancelled; wait (issued → called), walk (called → started), service (started → finished) and
 * total time (issued → finished) in minutes, mean and 90th percentile; the share called within the
 * service's target wait; ratings. By day, hour, service, counter, clerk, agency or building, with a
 * total row; the actor sees its own reach only.
 */
@Injectable()
export class QueueReportService {
  constructor(private readonly read: PoolReader) {}

  async report(actor: Actor, q: QueueReportQueryDto): Promise<QueueReport> {
    if (q.to < q.from) throw new BadRequestException({ statusCode: 400, message: 'Hay datos por corregir', errors: { to: 'Debe ser igual o posterior a «desde»' } });
    const p = new SqlParams();
    const g = GROUPS[q.groupBy];
    const where = [
      `t.day BETWEEN ${p.add(q.from)}::date AND ${p.add(q.to)}::date`,
      ...(q.buildingId ? [`v.building_id = ${p.add(q.buildingId)}::uuid`] : []),
      ...(q.serviceId ? [`v.service_id = ${p.add(q.serviceId)}::uuid`] : []),
      ...scopeOf(actor, p, { building: 'v.building_id', agency: 'v.agency_id' }),
    ];
    const wait = seconds('v.queued_at', 'v.called_at');
    const service = seconds('v.started_at', 'v.finished_at');
    const total = seconds('v.queued_at', 'v.finished_at');
    const done = `v.status = 'done'`;
    const rows = await this.read.query<QueueReportRow[]>(
      `SELECT CASE WHEN GROUPING(${g.key}) = 1 THEN NULL ELSE ${g.key} END AS key,
              CASE WHEN GROUPING(${g.key}) = 1 THEN 'Total' ELSE min(${g.label}) END AS label,
              GROUPING(${g.key}) = 1 AS "isTotal",
              count(*)::int AS issued,
              count(*) FILTER (WHERE ${done} AND v.outcome = 'served')::int AS served,
              count(*) FILTER (WHERE ${done} AND v.outcome <> 'served')::int AS "notCompleted",
              count(*) FILTER (WHERE v.status = 'no_show')::int AS "noShow",
              count(*) FILTER (WHERE v.status = 'cancelled')::int AS cancelled,
              ${minutes(`avg(${wait})`)} AS "waitMean",
              ${minutes(`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${wait})`)} AS "waitP90",
              ${minutes(`avg(${seconds('v.called_at', 'v.started_at')})`)} AS "walkMean",
              ${minutes(`avg(${service}) FILTER (WHERE ${done})`)} AS "serviceMean",
              ${minutes(`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${service}) FILTER (WHERE ${done})`)} AS "serviceP90",
              ${minutes(`avg(${total}) FILTER (WHERE ${done})`)} AS "totalMean",
              ${minutes(`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${total}) FILTER (WHERE ${done})`)} AS "totalP90",
              round((count(*) FILTER (WHERE v.called_at <= v.queued_at + make_interval(mins => sv.target_wait_minutes))::numeric
                     / NULLIF(count(*) FILTER (WHERE v.called_at IS NOT NULL), 0)), 4)::float8 AS "withinTarget",
              count(r.rating)::int AS ratings,
              round(avg(r.rating), 2)::float8 AS "ratingMean"
         FROM ticket_visits v
         JOIN tickets t ON t.id = v.ticket_id
         JOIN queue_services sv ON sv.id = v.service_id
         LEFT JOIN queue_ratings r ON r.visit_id = v.id
         ${g.join ?? ''}
        WHERE v.status <> 'transferred' AND ${where.join(' AND ')}
        GROUP BY GROUPING SETS ((${g.key}), ())
        ORDER BY "isTotal", ${ORDERED_BY_KEY.includes(q.groupBy) ? 1 : 2}`,
      p.values,
    );
    return { from: q.from, to: q.to, groupBy: q.groupBy, rows };
  }
}

const HEADERS = ['Emitidos', 'Atendidos', 'No concluidos', 'No se presentaron', 'Cancelados', 'Espera media (min)', 'Espera p90 (min)',
  'Traslado medio (min)', 'Atención media (min)', 'Atención p90 (min)', 'Total medio (min)', 'Total p90 (min)', 'En meta (%)', 'Calificaciones', 'Calificación media'];
const values = (r: QueueReportRow) => [r.issued, r.served, r.notCompleted, r.noShow, r.cancelled, r.waitMean, r.waitP90, r.walkMean, r.serviceMean,
  r.serviceP90, r.totalMean, r.totalP90, r.withinTarget === null ? null : Math.round(r.withinTarget * 1000) / 10, r.ratings, r.ratingMean];
const fileName = (r: QueueReport, ext: string) => `turnos_${r.groupBy}_${r.from}_${r.to}.${ext}`;

export interface LiveBoard {
  services: { id: string; name: string; prefix: string; waiting: number; longestWaitMinutes: number | null; counters: number; open: number }[];
  counters: { id: string; label: string; clerkName: string | null; pausedReason: string | null; ticketCode: string | null; ticketStatus: string | null }[];
}

/** A building's lines now: who waits and for how long, and which counters are open. */
export async function liveBoard(read: PoolReader, actor: Actor, buildingId: string, day: string): Promise<LiveBoard> {
  const p = new SqlParams();
  const building = p.add(buildingId);
  const start = `(${p.add(day)}::date)::timestamp ${LOCAL}`;
  const services = await read.query<LiveBoard['services']>(
    `SELECT qs.id, qs.name, qs.prefix,
            (SELECT count(*)::int FROM ticket_visits v WHERE v.service_id = qs.id AND v.status = 'waiting' AND v.queued_at >= ${start}) AS waiting,
            (SELECT round(extract(epoch FROM now() - min(v.queued_at)) / 60)::int FROM ticket_visits v
              WHERE v.service_id = qs.id AND v.status = 'waiting' AND v.queued_at >= ${start}) AS "longestWaitMinutes",
            (SELECT count(*)::int FROM counter_services x JOIN counters c ON c.id = x.counter_id WHERE x.service_id = qs.id AND c.active) AS counters,
            (SELECT count(*)::int FROM counter_services x JOIN counters c ON c.id = x.counter_id
              WHERE x.service_id = qs.id AND c.active AND c.clerk_id IS NOT NULL AND c.paused_at IS NULL) AS open
       FROM queue_services qs
      WHERE qs.building_id = ${building}::uuid AND qs.active ${scopeOf(actor, p, { building: 'qs.building_id', agency: 'qs.agency_id' }).map((c) => `AND ${c}`).join(' ')}
      ORDER BY qs.prefix`,
    p.values,
  );
  const q = new SqlParams();
  const counters = await read.query<LiveBoard['counters']>(
    `SELECT c.id, c.label, u.full_name AS "clerkName", c.paused_reason AS "pausedReason", t.code AS "ticketCode", v.status AS "ticketStatus"
       FROM counters c LEFT JOIN users u ON u.id = c.clerk_id
       LEFT JOIN ticket_visits v ON v.counter_id = c.id AND v.status IN ('called','serving') LEFT JOIN tickets t ON t.id = v.ticket_id
      WHERE c.building_id = ${q.add(buildingId)}::uuid AND c.active ${scopeOf(actor, q, { building: 'c.building_id', agency: 'c.agency_id' }).map((c) => `AND ${c}`).join(' ')}
      ORDER BY c.label`,
    q.values,
  );
  return { services, counters };
}

export function queueReportCsv(r: QueueReport): Download {
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [[GROUPS[r.groupBy].label_es, ...HEADERS], ...r.rows.map((row) => [row.label, ...values(row).map((v) => (v === null ? '' : String(v)))])];
  const text = `\uFEFF${lines.map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`;
  return { body: Buffer.from(text, 'utf8'), contentType: CONTENT_TYPES.csv, fileName: fileName(r, 'csv') };
}

export async function queueReportXlsx(r: QueueReport): Promise<Download> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dirección General de Recursos Materiales';
  const ws = wb.addWorksheet('Turnos');
  ws.addRow([LETTERHEAD]).font = { bold: true };
  ws.addRow([`Filas de atención por ${GROUPS[r.groupBy].label_es.toLowerCase()}, del ${r.from.split('-').reverse().join('/')} al ${r.to.split('-').reverse().join('/')}`]).font = { bold: true };
  ws.addRow([]);
  ws.addRow([GROUPS[r.groupBy].label_es, ...HEADERS]).font = { bold: true };
  for (const row of r.rows) {
    const line = ws.addRow([row.label, ...values(row)]);
    if (row.isTotal) line.font = { bold: true };
  }
  ws.columns.forEach((column, i) => (column.width = i === 0 ? 40 : 14));
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { body, contentType: CONTENT_TYPES.xlsx, fileName: fileName(r, 'xlsx') };
}
