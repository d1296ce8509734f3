import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { invalid } from '../common/validation';
import type { Role } from '../auth/permissions';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { type UserAccount, UsersRepository } from './users.repository';

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  list(params: ListParams): Promise<Page<UserAccount>> {
    return this.users.list(params);
  }

  async get(id: string): Promise<UserAccount> {
    return found(await this.users.findById(id), 'el usuario');
  }

  async create(actor: Actor | null, dto: CreateUserDto): Promise<UserAccount> {
    const buildingIds = dto.buildingIds ?? [];
    checkRoleScope(dto.role, dto.agencyId ?? null, buildingIds);
    const passwordHash = await hashPassword(dto.password);
    return this.db.transaction(async (tx) => {
      const id = await this.users.insert(tx, {
        username: dto.username, fullName: dto.fullName, email: dto.email ?? null, role: dto.role,
        agencyId: dto.agencyId ?? null, active: dto.active ?? true, passwordHash,
      });
      await this.users.setBuildings(tx, id, buildingIds);
      const after = found(await this.users.findById(id, tx), 'el usuario');
      await this.audit.record(tx, actor, 'create', 'users', id, null, after);
      return after;
    });
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserAccount> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    return this.db.transaction(async (tx) => {
      const before = found(await this.users.findById(id, tx), 'el usuario');
      const role = dto.role ?? before.role;
      const agencyId = dto.agencyId !== undefined ? dto.agencyId : role === 'agency_liaison' ? before.agencyId : null;
      const buildingIds = dto.buildingIds ?? (role === 'building_admin' ? before.buildingIds : []);
      checkRoleScope(role, agencyId, buildingIds);
      if (id === actor.id && (dto.active === false || (dto.role && dto.role !== 'admin'))) {
        throw new ConflictException({ statusCode: 409, message: 'No puede desactivarse ni quitarse el perfil de administrador a sí mismo' });
      }
      await this.users.update(tx, id, { username: dto.username, fullName: dto.fullName, email: dto.email, role, agencyId, active: dto.active, passwordHash });
      await this.users.setBuildings(tx, id, buildingIds);
      const after = found(await this.users.findById(id, tx), 'el usuario');
      await this.audit.record(tx, actor, 'update', 'users', id, before, after);
      return after;
    });
  }

  async remove(actor: Actor, id: string): Promise<UserAccount> {
    if (id === actor.id) throw new ConflictException({ statusCode: 409, message: 'No puede eliminar su propia cuenta' });
    return this.db.transaction(async (tx) => {
      const before = found(await this.users.findById(id, tx), 'el usuario');
      await this.users.delete(tx, id);
      await this.audit.record(tx, actor, 'delete', 'users', id, before, null);
      return before;
    });
  }
}

function checkRoleScope(role: Role, agencyId: string | null, buildingIds: string[]): void {
  if (role === 'agency_liaison' && !agencyId) throw invalid({ agencyId: 'Indique la unidad usuaria del enlace' });
  if (role !== 'agency_liaison' && agencyId) throw invalid({ agencyId: 'Sólo los enlaces tienen unidad usuaria' });
  if (role === 'building_admin' && buildingIds.length === 0) throw invalid({ buildingIds: 'Indique al menos un inmueble' });
  if (role !== 'building_admin' && buildingIds.length > 0) throw invalid({ buildingIds: 'Sólo los administradores de inmueble tienen inmuebles asignados' });
}
