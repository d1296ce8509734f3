import { Injectable } from '@nestjs/common';
import { PoolReader } from '../database/pool-reader';

export interface PublicBoard {
  buildingId: string;
  buildingCode: string;
  buildingName: string;
  calls: { id: string; at: string; code: string; counter: string; service: string }[];
  services: { id: string; name: string; prefix: string; agencyAcronym: string; waiting: number }[];
}

/** What a waiting room may see of its building's lines: codes, counters and how many wait; never who. */
@Injectable()
export class PublicQueueRepository {
  constructor(private readonly read: PoolReader) {}

  async buildingByCode(code: string): Promise<{ id: string; code: string; name: string } | undefined> {
    const rows = await this.read.query<{ id: string; code: string; name: string }[]>(
      `SELECT id, code, name FROM buildings WHERE upper(code) = upper($1) AND active`,
      [code],
    );
    return rows[0];
  }

  async board(building: { id: string; code: string; name: string }, day: string): Promise<PublicBoard> {
    const [calls, services] = await Promise.all([
      this.read.query<PublicBoard['calls']>(
        `SELECT e.id::text AS id, e.at, e.public->>'code' AS code, e.public->>'counter' AS counter, e.public->>'service' AS service
           FROM queue_events e
          WHERE e.building_id = $1 AND e.action IN ('called', 'recalled') AND e.at >= ($2::date)::timestamp AT TIME ZONE 'America/Mexico_City'
          ORDER BY e.id DESC LIMIT 10`,
        [building.id, day],
      ),
      this.read.query<PublicBoard['services']>(
        `SELECT qs.id, qs.name, qs.prefix, g.acronym AS "agencyAcronym",
                (SELECT count(*)::int FROM ticket_visits v WHERE v.service_id = qs.id AND v.status = 'waiting'
                    AND v.queued_at >= ($2::date)::timestamp AT TIME ZONE 'America/Mexico_City') AS waiting
           FROM queue_services qs JOIN agencies g ON g.id = qs.agency_id
          WHERE qs.building_id = $1 AND qs.active ORDER BY g.acronym, qs.name`,
        [building.id, day],
      ),
    ]);
    return { buildingId: building.id, buildingCode: building.code, buildingName: building.name, calls, services };
  }
}
