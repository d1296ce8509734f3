import { createHash } from 'node:crypto';
import type { PublicCenter } from './directory.repository';

/** A stable UUID-shaped id for a pair of ids (HSDS ids are UUIDs). */
function pairId(a: string, b: string): string {
  const h = createHash('sha1').update(`${a}|${b}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const DAY_CODES: [RegExp, string][] = [
  [/lunes a viernes/i, 'MO,TU,WE,TH,FR'],
  [/lunes a s[aá]bado/i, 'MO,TU,WE,TH,FR,SA'],
];

/**
 * The directory as Open Referral HSDS 3.0 (https://docs.openreferral.org/en/latest/hsds/):
 * organizations are the agencies, services their procedures, locations the CSA, and
 * service_at_locations where each procedure is offered.
 */
export function toHsds(centers: PublicCenter[], generatedAt: string) {
  const organizations = new Map<string, object>();
  const services = new Map<string, object>();
  const serviceAtLocations: object[] = [];
  const locations = centers.map((c) => {
    const postal = /C\.?\s?P\.?\s*(\d{5})/i.exec(c.address)?.[1] ?? null;
    const byday = DAY_CODES.find(([re]) => re.test(c.operatingDays))?.[1] ?? 'MO,TU,WE,TH,FR';
    for (const agency of c.agencies) {
      if (!organizations.has(agency.id)) {
        organizations.set(agency.id, {
          id: agency.id, name: agency.name, alternate_name: agency.acronym,
          description: `${agency.name} (${agency.acronym}): trámites y servicios en los Centros de Servicios Administrativos del Estado de México.`,
          parent_organization_id: null,
        });
      }
      for (const procedure of agency.procedures) {
        if (!services.has(procedure.id)) {
          services.set(procedure.id, {
            id: procedure.id, organization_id: agency.id, name: procedure.name, description: procedure.description ?? procedure.name,
            status: 'active', eligibility_description: procedure.requirements ?? null,
          });
        }
        serviceAtLocations.push({ id: pairId(procedure.id, c.id), service_id: procedure.id, location_id: c.id, description: `${procedure.name} en ${c.name}` });
      }
    }
    return {
      id: c.id, location_type: 'physical', name: c.name, alternate_name: c.code,
      description: `Centro de Servicios Administrativos en ${c.municipality}. Servicios en el lugar: ${c.services.join(', ') || 'ninguno'}.`,
      latitude: c.latitude, longitude: c.longitude,
      addresses: [{ id: pairId(c.id, 'address'), location_id: c.id, address_1: c.address, city: c.municipality, region: null,
        state_province: 'Estado de México', postal_code: postal, country: 'MX', address_type: 'physical' }],
      phones: c.phone ? [{ id: pairId(c.id, 'phone'), location_id: c.id, number: c.phone, type: 'voice', languages: [] }] : [],
      schedules: [{ id: pairId(c.id, 'schedule'), location_id: c.id, freq: 'WEEKLY', byday, opens_at: c.opensAt, closes_at: c.closesAt,
        description: `${c.operatingDays}, de ${c.opensAt} a ${c.closesAt}` }],
    };
  });
  return {
    version: '3.0',
    generated_at: generatedAt,
    organizations: [...organizations.values()],
    services: [...services.values()],
    locations,
    service_at_locations: serviceAtLocations,
  };
}
