import { reachOf } from '../auth/permissions';
import type { Actor } from './actor';
import type { SqlParams } from './sql-params';

/** Said of a dimension whose every row the reach sees (agencies are listed for every building's administrator). */
export const EVERY_ROW = Symbol('every row');

/**
 * How a row is tied to one dimension: the SQL expression of its id, a condition given the bound
 * id(s) (`$1::uuid` for an agency, `$1::uuid[]` for buildings), or EVERY_ROW.
 */
export type Tie = string | ((bound: string) => string) | typeof EVERY_ROW;

/**
 * Where a list's rows are tied to the dimensions a reach narrows by. A dimension left out means the
 * rows are not tied to it: a role reaching that way sees none of them.
 */
export interface RowTies {
  building?: Tie;
  agency?: Tie;
}

function narrow(tie: Tie | undefined, bound: () => string, compare: (expr: string, bound: string) => string): string[] {
  if (tie === EVERY_ROW) return [];
  if (tie === undefined) return ['false'];
  return [typeof tie === 'function' ? tie(bound()) : compare(tie, bound())];
}

/** The conditions that keep a list, read or write inside the actor's reach (the one role policy). */
export function scopeOf(actor: Actor, p: SqlParams, ties: RowTies): string[] {
  const reach = reachOf(actor.role);
  switch (reach) {
    case 'everything':
      return [];
    case 'buildings':
      return narrow(ties.building, () => `${p.add(actor.buildingIds)}::uuid[]`, (expr, ids) => `${expr} = ANY(${ids})`);
    case 'agency':
      return narrow(ties.agency, () => `${p.add(actor.agencyId)}::uuid`, (expr, id) => `${expr} = ${id}`);
    case 'agencyInBuildings':
      return [
        ...narrow(ties.building, () => `${p.add(actor.buildingIds)}::uuid[]`, (expr, ids) => `${expr} = ANY(${ids})`),
        ...narrow(ties.agency, () => `${p.add(actor.agencyId)}::uuid`, (expr, id) => `${expr} = ${id}`),
      ];
    default:
      return unreachable(reach);
  }
}

/** Whether a record of this building and agency lies within the actor's reach (for writes named by id). */
export function reaches(actor: Actor, target: { buildingId?: string | null; agencyId?: string | null }): boolean {
  const reach = reachOf(actor.role);
  switch (reach) {
    case 'everything':
      return true;
    case 'buildings':
      return !!target.buildingId && actor.buildingIds.includes(target.buildingId);
    case 'agency':
      return !!target.agencyId && target.agencyId === actor.agencyId;
    case 'agencyInBuildings':
      return !!target.buildingId && actor.buildingIds.includes(target.buildingId) && !!target.agencyId && target.agencyId === actor.agencyId;
    default:
      return unreachable(reach);
  }
}

function unreachable(reach: never): never {
  throw new Error(`Alcance sin regla: ${String(reach)}`);
}
