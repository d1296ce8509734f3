/** Spanish answers for the database's constraint violations, by constraint name. */
export const CONSTRAINT_MESSAGES: Record<string, { field?: string; message: string }> = {
  uq_buildings_code: { field: 'code', message: 'Ya existe un inmueble con esa clave' },
  uq_spaces_building_code: { field: 'code', message: 'Ya existe un espacio con esa clave en el inmueble' },
  uq_agencies_name: { field: 'name', message: 'Ya existe una unidad usuaria con ese nombre' },
  uq_users_username: { field: 'username', message: 'Ese nombre de usuario ya está en uso' },
  uq_agreements_folio: { field: 'folio', message: 'El folio ya existe' },
  ck_buildings_hours: { field: 'closesAt', message: 'La hora de cierre debe ser posterior a la de apertura' },
  ck_agreements_dates: { field: 'endDate', message: 'La fecha de término debe ser igual o posterior a la de inicio' },
  ck_agreements_rent: { field: 'monthlyRent', message: 'La renta mensual se indica sólo en arrendamientos, y en ellos es obligatoria' },
  ck_agreements_termination: { field: 'terminatedOn', message: 'La fecha de terminación debe estar dentro de la vigencia del convenio' },
  ck_agencies_not_own_parent: { field: 'parentId', message: 'Una unidad usuaria no puede depender de sí misma' },
  ck_users_liaison_agency: { field: 'agencyId', message: 'Los enlaces deben tener unidad usuaria, y sólo ellos' },
  fk_agreement_spaces_space: { field: 'spaceIds', message: 'Todos los espacios deben pertenecer al inmueble del convenio' },
  fk_agreement_spaces_agreement: { field: 'buildingId', message: 'No se puede cambiar el inmueble de un convenio con espacios asignados' },
};

export interface PgError {
  code: string;
  constraint?: string;
  detail?: string;
  table?: string;
  column?: string;
}

export function pgErrorOf(error: unknown): PgError | undefined {
  const candidate = (error as { driverError?: unknown })?.driverError ?? error;
  const code = (candidate as { code?: unknown })?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? (candidate as PgError) : undefined;
}
