import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { found } from '../common/not-found';
import { PoolReader } from '../database/pool-reader';
import type { Download } from '../statements/download';
import { type ActFinding, inspectionPdf } from './inspection-pdf';
import { InspectionsRepository } from './inspections.repository';

@Injectable()
export class InspectionReportService {
  constructor(
    private readonly inspections: InspectionsRepository,
    private readonly read: PoolReader,
  ) {}

  async pdf(actor: Actor, id: string): Promise<Download> {
    const inspection = found(await this.inspections.findOne(actor, id), 'la supervisión');
    const [results, findings] = await Promise.all([
      this.inspections.results(id),
      this.read.query<ActFinding[]>(
        `SELECT f.folio, s.code AS "spaceCode", g.acronym AS "agencyAcronym", a.number AS "articleNumber", f.severity,
                f.corrective_action AS "correctiveAction", f.due_on AS "dueOn"
           FROM findings f JOIN spaces s ON s.id = f.space_id JOIN articles a ON a.id = f.article_id LEFT JOIN agencies g ON g.id = f.agency_id
          WHERE f.inspection_id = $1 ORDER BY f.folio`,
        [id],
      ),
    ]);
    return inspectionPdf(inspection, results, findings);
  }
}
