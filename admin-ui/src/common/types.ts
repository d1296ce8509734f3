import type { RaRecord, Identifier } from 'react-admin';
import type { SpaceState, SpaceType } from './choices';

export interface OccupiedBy {
    agreementId: Identifier;
    folio: string;
    agencyId: Identifier;
    agencyAcronym: string;
    agencyName: string;
    endDate: string;
}

export interface Space extends RaRecord {
    buildingId: Identifier;
    buildingCode?: string;
    code: string;
    name?: string | null;
    floor: number;
    type: SpaceType;
    usableAreaM2: number;
    workstations?: number | null;
    condition: 'available' | 'maintenance' | 'out_of_service';
    active?: boolean;
    state?: SpaceState;
    occupiedBy?: OccupiedBy | null;
}

/** A row of the free-space search (GET /buildings/:id/free-spaces). */
export type FreeSpace = Pick<Space, 'id' | 'buildingId' | 'code' | 'name' | 'floor' | 'type' | 'usableAreaM2' | 'workstations'>;

export interface Building extends RaRecord {
    code: string;
    name: string;
    municipality?: string;
    region?: string;
    occupancyRate?: number;
    rentableAreaM2?: number;
    occupiedAreaM2?: number;
    spaceCount?: number;
}

export interface Agreement extends RaRecord {
    folio: string;
    buildingId: Identifier;
    agencyId: Identifier;
    spaceIds: Identifier[];
    kind: 'comodato' | 'lease';
    monthlyRent?: string | null;
    startDate: string;
    endDate: string;
    headcount?: number | null;
    status: 'draft' | 'active' | 'expired' | 'terminated';
    agencyName?: string;
    agencyAcronym?: string;
    buildingCode?: string;
    spaceCodes?: string[];
    daysToExpiry?: number | null;
    usableAreaM2?: number;
}

export interface AuthUser {
    id: Identifier;
    username: string;
    fullName: string;
    role: string;
    agencyId: Identifier | null;
    buildingIds: Identifier[];
}

export type PermissionMatrix = Record<string, string[]>;

export interface Session {
    accessToken: string;
    expiresAt: string;
    user: AuthUser;
    permissions: PermissionMatrix;
}
