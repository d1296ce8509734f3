import type { SqlParams } from '../common/sql-params';

export const SPACE_TYPES = ['office', 'service_module', 'bank', 'cafeteria', 'photocopy', 'virtual_office', 'orientation', 'storage', 'common_area', 'other'] as const;
export const SPACE_CONDITIONS = ['available', 'maintenance', 'out_of_service'] as const;
export const SPACE_STATES = ['free', 'occupied', 'maintenance', 'out_of_service'] as const;

/**
 * FROM clause of spaces with their occupant on `day` (alias `occ`): occupancy is derived from the
 * agreements, never stored.
 */
export function spacesWithOccupant(p: SqlParams, day: string): string {
  return `spaces s
    JOIN buildings b ON b.id = s.building_id
    LEFT JOIN LATERAL (
      SELECT a.id AS agreement_id, a.folio, a.agency_id, ag.acronym, ag.name AS agency_name,
             COALESCE(a.terminated_on, a.end_date) AS until
        FROM agreement_spaces x
        JOIN agreements a ON a.id = x.agreement_id
        JOIN agencies ag ON ag.id = a.agency_id
       WHERE x.space_id = s.id AND x.blocking AND x.period @> ${p.add(day)}::date
       LIMIT 1
    ) occ ON true`;
}

export const SPACE_STATE_SQL = `CASE WHEN occ.agreement_id IS NOT NULL THEN 'occupied' WHEN s.condition = 'available' THEN 'free' ELSE s.condition END`;

/**
 * The response's fields; the occupant is named only when `occupantVisible` (an SQL condition on
 * `occ`) holds, so a liaison sees that a space its agency once held is occupied, not by whom.
 */
export const spaceSelect = (occupantVisible: string) => `s.id, s.building_id AS "buildingId", b.code AS "buildingCode", s.code, s.name, s.floor, s.type,
  s.usable_area_m2::float8 AS "usableAreaM2", s.workstations, s.condition, s.active, s.notes,
  ${SPACE_STATE_SQL} AS state,
  CASE WHEN occ.agreement_id IS NULL OR NOT (${occupantVisible}) THEN NULL ELSE json_build_object(
    'agreementId', occ.agreement_id, 'folio', occ.folio, 'agencyId', occ.agency_id,
    'agencyAcronym', occ.acronym, 'agencyName', occ.agency_name, 'endDate', occ.until) END AS "occupiedBy",
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;
