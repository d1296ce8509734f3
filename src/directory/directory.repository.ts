import { Injectable } from '@nestjs/common';
import { PoolReader } from '../database/pool-reader';

export interface PublicProcedure {
  id: string;
  name: string;
  description: string | null;
  requirements: string | null;
  keywords?: string | null;
}

export interface PublicAgency {
  id: string;
  acronym: string;
  name: string;
  level: string;
  procedures: PublicProcedure[];
}

export interface PublicCenter {
  id: string;
  code: string;
  name: string;
  municipality: string;
  address: string;
  phone: string | null;
  opensAt: string;
  closesAt: string;
  operatingDays: string;
  latitude: number | null;
  longitude: number | null;
  services: string[];
  agencies: PublicAgency[];
}

export const PUBLIC_SERVICES = ['bank', 'cafeteria', 'photocopy', 'virtual_office', 'orientation'];

/**
 * The one query behind the public directory. It selects public facts only, by name: never an
 * agreement's folio, rent or headcount, a liaison, a note or an area.
 */
@Injectable()
export class DirectoryRepository {
  constructor(private readonly read: PoolReader) {}

  centers(today: string): Promise<PublicCenter[]> {
    return this.read.query<PublicCenter[]>(
      `SELECT b.id, b.code, b.name, b.municipality, b.address, b.phone, to_char(b.opens_at, 'HH24:MI') AS "opensAt",
              to_char(b.closes_at, 'HH24:MI') AS "closesAt", b.operating_days AS "operatingDays",
              b.latitude::float8 AS latitude, b.longitude::float8 AS longitude,
              ARRAY(SELECT DISTINCT s.type::text FROM spaces s
                     WHERE s.building_id = b.id AND s.active AND s.condition = 'available' AND s.type = ANY($2::text[])
                     ORDER BY 1) AS services,
              coalesce((
                SELECT json_agg(json_build_object('id', g.id, 'acronym', g.acronym, 'name', g.name, 'level', g.level,
                         'procedures', coalesce((SELECT json_agg(json_build_object('id', pr.id, 'name', pr.name, 'description', pr.description,
                                                   'requirements', pr.requirements, 'keywords', pr.keywords) ORDER BY pr.name)
                                                   FROM procedures pr WHERE pr.agency_id = g.id AND pr.active), '[]'::json))
                       ORDER BY g.name)
                  FROM agencies g
                 WHERE g.active AND g.level <> 'private'
                   AND EXISTS (SELECT 1 FROM agreements a WHERE a.agency_id = g.id AND a.building_id = b.id AND a.status = 'active'
                                  AND a.start_date <= $1::date AND coalesce(a.terminated_on, a.end_date) >= $1::date)
              ), '[]'::json) AS agencies
         FROM buildings b
        WHERE b.active
        ORDER BY b.name`,
      [today, PUBLIC_SERVICES],
    );
  }
}
