/**
 * Spanish answers for the database's constraint violations, by constraint name: the field
 * react-admin shows the message under, and the status when it is not the violation's usual one.
 */
export const CONSTRAINT_MESSAGES: Record<string, { field?: string; message: string; status?: 400 | 409 }> = {
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
  ck_users_agency: { field: 'agencyId', message: 'Los enlaces y el personal de ventanilla llevan unidad usuaria, y sólo ellos' },
  uq_queue_services_prefix: { field: 'prefix', message: 'Ya hay un servicio con ese prefijo en el inmueble', status: 409 },
  ck_queue_services_hours: { field: 'closesAt', message: 'La hora de cierre debe ser posterior a la de apertura', status: 400 },
  uq_counters_label: { field: 'label', message: 'Ya hay una ventanilla con ese nombre en el inmueble', status: 409 },
  uq_counters_clerk: { message: 'Esa persona ya atiende en otra ventanilla', status: 409 },
  uq_ticket_visits_counter: { message: 'La ventanilla ya tiene un turno llamado o en atención', status: 409 },
  uq_ticket_visits_clerk: { message: 'Ya tiene un turno llamado o en atención en otra ventanilla', status: 409 },
  uq_ticket_visits_open: { message: 'El turno ya está en una fila', status: 409 },
  fk_agreement_spaces_space: { field: 'spaceIds', message: 'Todos los espacios deben pertenecer al inmueble del convenio' },
  uq_utility_services_building_name: { field: 'name', message: 'Ya existe un servicio con ese nombre en el inmueble', status: 409 },
  utility_services_building_id_fkey: { field: 'buildingId', message: 'El inmueble no existe', status: 400 },
  service_exemptions_agency_id_fkey: { field: 'exemptions', message: 'Alguna de las unidades usuarias no existe', status: 400 },
  service_fixed_shares_agency_id_fkey: { field: 'fixedShares', message: 'Alguna de las unidades usuarias no existe', status: 400 },
  service_exemptions_pkey: { field: 'exemptions', message: 'No repita unidades usuarias', status: 400 },
  service_fixed_shares_pkey: { field: 'fixedShares', message: 'No repita unidades usuarias', status: 400 },
  fk_meters_service: { field: 'serviceId', message: 'El servicio no existe', status: 400 },
  fk_meters_space: { field: 'spaceId', message: 'El espacio no existe o no pertenece al inmueble del servicio', status: 400 },
  ck_meters_sub_space: { field: 'spaceId', message: 'Los submedidores llevan el espacio que miden; el medidor principal no lleva espacio', status: 400 },
  uq_meters_service_code: { field: 'code', message: 'Ya existe un medidor con esa clave en el servicio', status: 409 },
  uq_meters_one_main: { field: 'kind', message: 'El servicio ya tiene un medidor principal activo', status: 409 },
  meter_readings_meter_id_fkey: { field: 'meterId', message: 'El medidor no existe', status: 400 },
  uq_meter_readings_meter_period: { field: 'period', message: 'El medidor ya tiene una lectura en ese periodo', status: 409 },
  ck_meter_readings_adjustment_reason: { field: 'adjustmentReason', message: 'Indique el motivo del ajuste', status: 400 },
  fk_utility_bills_service: { field: 'serviceId', message: 'El servicio no existe', status: 400 },
  uq_utility_bills_invoice: { field: 'invoiceNumber', message: 'Ya existe un recibo con ese número de factura para el servicio y el periodo', status: 409 },
  uq_calendar_days_date: { field: 'date', message: 'Ya hay un día declarado en esa fecha', status: 409 },
  uq_procedures_agency_name: { field: 'name', message: 'La unidad usuaria ya tiene un trámite con ese nombre', status: 409 },
  fk_procedures_agency: { field: 'agencyId', message: 'La unidad usuaria no existe', status: 400 },
  uq_operation_days_building_date: { field: 'date', message: 'Ya hay un registro de ese inmueble en esa fecha: edítelo', status: 409 },
  fk_operation_days_building: { field: 'buildingId', message: 'El inmueble no existe', status: 400 },
  ck_operation_days_reason: { field: 'closedReason', message: 'Indique el motivo del cierre', status: 400 },
  fk_operation_counts_agency: { field: 'counts', message: 'Alguna de las unidades usuarias no existe', status: 400 },
  ck_suggestions_answered: { field: 'answer', message: 'Escriba la respuesta para el ciudadano', status: 400 },
  uq_regulations_code: { field: 'code', message: 'Ya existe un instrumento normativo con esa clave', status: 409 },
  ck_regulations_dates: { field: 'inForceTo', message: 'El fin de vigencia debe ser igual o posterior a su inicio', status: 400 },
  fk_regulations_abrogated_by: { field: 'abrogatedById', message: 'El instrumento que lo abrogó no existe', status: 400 },
  uq_articles_regulation_number: { field: 'number', message: 'El instrumento ya tiene un artículo con ese número', status: 409 },
  fk_articles_regulation: { field: 'regulationId', message: 'El instrumento normativo no existe', status: 400 },
  ck_articles_dates: { field: 'inForceTo', message: 'El fin de vigencia debe ser igual o posterior a su inicio', status: 400 },
  uq_checklists_name: { field: 'name', message: 'Ya existe una lista de verificación con ese nombre', status: 409 },
  fk_checklist_items_article: { field: 'items', message: 'Alguno de los artículos no existe', status: 400 },
  uq_supervision_plans_period: { field: 'period', message: 'Ya existe el plan de supervisión de ese periodo', status: 409 },
  ck_inspections_immutable: { message: 'La supervisión ya fue firmada: el acta no admite cambios en sus datos, resultados ni fotografías.', status: 409 },
  uq_inspections_folio: { field: 'folio', message: 'El folio de supervisión ya existe', status: 409 },
  fk_inspections_building: { field: 'buildingId', message: 'El inmueble no existe', status: 400 },
  fk_inspections_checklist: { field: 'checklistId', message: 'La lista de verificación no existe', status: 400 },
  fk_inspections_inspector: { field: 'inspectorId', message: 'El usuario no existe', status: 400 },
  fk_inspection_spaces_space: { field: 'spaceIds', message: 'Todos los espacios deben pertenecer al inmueble de la supervisión', status: 400 },
  uq_inspection_results_item_space: { field: 'results', message: 'El punto ya tiene resultado en ese espacio', status: 409 },
  uq_findings_result: { message: 'El resultado ya tiene un hallazgo', status: 409 },
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

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22) that a client's value causes, and the Spanish
 * answer for each: a 400, never a 500. The DTOs bound values first; this is the net under them.
 */
export const DATA_EXCEPTIONS: Readonly<Record<string, string>> = {
  '22001': 'Un texto excede el tamaño que admite el registro',
  '22003': 'Un número está fuera del intervalo que admite el registro',
  '22007': 'Una fecha u hora no tiene un formato válido',
  '22008': 'Una fecha u hora está fuera del intervalo válido',
  '22012': 'Un dato provocó una división entre cero',
  '22021': 'Un texto contiene caracteres no válidos (como el carácter nulo U+0000)',
  '22P02': 'Un dato no tiene un formato válido',
  '22P05': 'Un texto contiene caracteres que no se pueden guardar',
};
