import type { Actor } from './actor';
import type { SqlParams } from './sql-params';

/** Conditions that keep a building administrator inside their buildings. */
export function buildingScope(actor: Actor, buildingIdExpr: string, p: SqlParams): string[] {
  return actor.role === 'building_admin' ? [`${buildingIdExpr} = ANY(${p.add(actor.buildingIds)}::uuid[])`] : [];
}

/** Conditions that keep an agency liaison inside their agency. */
export function agencyScope(actor: Actor, agencyIdExpr: string, p: SqlParams): string[] {
  return actor.role === 'agency_liaison' ? [`${agencyIdExpr} = ${p.add(actor.agencyId)}::uuid`] : [];
}
