import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { scopeOf } from '../common/scope';
import { SqlParams } from '../common/sql-params';

/** Agreements in force on a day, one row per agreement and space, scoped to the actor. */
function inForce(actor: Actor, p: SqlParams, day: string): string {
  const scope = scopeOf(actor, p, { building: 'a.building_id', agency: 'a.agency_id' });
  return `SELECT a.id, a.agency_id, a.building_id, a.headcount, s.usable_area_m2 AS area
            FROM agreements a
            JOIN agreement_spaces x ON x.agreement_id = a.id AND x.blocking AND x.period @> ${p.add(day)}::date
            JOIN spaces s ON s.id = x.space_id
           ${scope.length ? `WHERE ${scope.join(' AND ')}` : ''}`;
}

@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Occupancy by area of each building's rentable spaces (all but common areas) on `day`. */
  occupancy(actor: Actor, day: string) {
    const p = new SqlParams();
    // A liaison sees the buildings where its agency holds an active agreement.
    const scope = scopeOf(actor, p, {
      building: 'b.id',
      agency: (agency) => `EXISTS (SELECT 1 FROM agreements a WHERE a.building_id = b.id AND a.agency_id = ${agency} AND a.status = 'active')`,
    });
    const d = p.add(day);
    return this.db.query(
      `SELECT b.id AS "buildingId", b.code, b.name, count(s.id)::int AS "totalSpaces",
              count(s.id) FILTER (WHERE occ.space_id IS NOT NULL)::int AS "occupiedSpaces",
              COALESCE(sum(s.usable_area_m2), 0)::float8 AS "usableAreaM2",
              COALESCE(sum(s.usable_area_m2) FILTER (WHERE occ.space_id IS NOT NULL), 0)::float8 AS "occupiedAreaM2",
              COALESCE(sum(s.usable_area_m2) FILTER (WHERE occ.space_id IS NULL AND s.condition <> 'available'), 0)::float8 AS "maintenanceAreaM2",
              CASE WHEN sum(s.usable_area_m2) > 0
                   THEN round(COALESCE(sum(s.usable_area_m2) FILTER (WHERE occ.space_id IS NOT NULL), 0) / sum(s.usable_area_m2), 4)::float8
                   ELSE 0 END AS "occupancyRate"
         FROM buildings b
         LEFT JOIN spaces s ON s.building_id = b.id AND s.active AND s.type <> 'common_area'
         LEFT JOIN LATERAL (SELECT x.space_id FROM agreement_spaces x
                             WHERE x.space_id = s.id AND x.blocking AND x.period @> ${d}::date LIMIT 1) occ ON true
        WHERE b.active ${scope.length ? `AND ${scope.join(' AND ')}` : ''}
        GROUP BY b.id ORDER BY b.code`,
      p.values,
    );
  }

  /** m² per person per agency on `day`, against the agency's maximum or the general norm. */
  spacePerPerson(actor: Actor, day: string, norm: number, buildingId?: string) {
    const p = new SqlParams();
    const rows = inForce(actor, p, day);
    const building = buildingId ? `WHERE f.building_id = ${p.add(buildingId)}::uuid` : '';
    return this.db.query(
      `WITH f AS (${rows}),
            per_agreement AS (SELECT id, agency_id, max(headcount) AS headcount, sum(area) AS area FROM f ${building} GROUP BY id, agency_id)
       SELECT g.id AS "agencyId", g.acronym, g.name, g.level,
              sum(pa.area)::float8 AS "occupiedAreaM2", sum(pa.headcount)::int AS headcount,
              CASE WHEN sum(pa.headcount) > 0 THEN round(sum(pa.area) / sum(pa.headcount), 2)::float8 END AS "m2PerPerson",
              COALESCE(g.max_m2_per_person, ${p.add(norm)})::float8 AS "maxM2PerPerson",
              (sum(pa.headcount) > 0 AND sum(pa.area) / sum(pa.headcount) > COALESCE(g.max_m2_per_person, ${p.add(norm)})) AS "overLimit"
         FROM per_agreement pa JOIN agencies g ON g.id = pa.agency_id
        GROUP BY g.id ORDER BY "m2PerPerson" DESC NULLS LAST, g.acronym`,
      p.values,
    );
  }

  /** Tenants in force on `day` by government level. */
  tenantsByLevel(actor: Actor, day: string) {
    const p = new SqlParams();
    const rows = inForce(actor, p, day);
    return this.db.query(
      `WITH f AS (${rows}),
            per_agreement AS (SELECT id, agency_id, max(headcount) AS headcount, sum(area) AS area FROM f GROUP BY id, agency_id)
       SELECT g.level, count(DISTINCT g.id)::int AS agencies, count(*)::int AS agreements,
              sum(pa.headcount)::int AS headcount, sum(pa.area)::float8 AS "occupiedAreaM2"
         FROM per_agreement pa JOIN agencies g ON g.id = pa.agency_id
        GROUP BY g.level ORDER BY agencies DESC, g.level`,
      p.values,
    );
  }
}
