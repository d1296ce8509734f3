import { ConflictException } from '@nestjs/common';
import { pgErrorOf } from '../common/database-errors';
import { invalid } from '../common/validation';

/** How a violated constraint of the utility tables is answered: the field it concerns, 400 or 409. */
export interface ConstraintAnswer {
  field: string;
  message: string;
  status: 400 | 409;
}

/**
 * Per-field answers for the constraints of the shared-utility tables. The schema's constraints
 * decide (a sub-meter's space belongs to the service's building, one bill per invoice…); this turns
 * their violation into the field react-admin shows the message under.
 */
export const UTILITY_CONSTRAINTS: Record<string, ConstraintAnswer> = {
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
};

/** Runs `work`; a violation of a known constraint becomes a 400 or 409 naming its field. */
export async function answeringConstraints<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const pg = pgErrorOf(error);
    const known = pg?.constraint ? UTILITY_CONSTRAINTS[pg.constraint] : undefined;
    if (!known) throw error;
    if (known.status === 409) throw new ConflictException({ statusCode: 409, message: known.message, errors: { [known.field]: known.message } });
    throw invalid({ [known.field]: known.message });
  }
}
