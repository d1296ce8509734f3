import { ConflictException, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { invalid } from '../common/validation';
import { type PasswordOwner, passwordProblem } from '../auth/password-policy';
import { assignmentOf, type Role } from '../auth/permissions';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { type UserAccount, UsersRepository } from './users.repository';

const WHAT = 'el usuario';

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly changes: ChangesService,
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
    checkPassword(dto.password, dto);
    const passwordHash = await hashPassword(dto.password);
    return this.changes.create(
      actor, 'users', WHAT,
      async (tx) => {
        const id = await this.users.insert(tx, {
          username: dto.username, fullName: dto.fullName, email: dto.email ?? null, role: dto.role,
          agencyId: dto.agencyId ?? null, active: dto.active ?? true, passwordHash,
        });
        await this.users.setBuildings(tx, id, buildingIds);
        return id;
      },
      (tx, id) => this.users.findById(id, tx),
    );
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserAccount> {
    if (dto.password) {
      const current = await this.get(id);
      checkPassword(dto.password, { username: dto.username ?? current.username, fullName: dto.fullName ?? current.fullName, email: dto.email !== undefined ? dto.email : current.email });
    }
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    return this.changes.change(actor, 'update', 'users', 'users', WHAT, id, (tx, rid) => this.users.findById(rid, tx), async (tx, before) => {
      const role = dto.role ?? before.role;
      const agencyId = dto.agencyId !== undefined ? dto.agencyId : assignmentOf(role).agency ? before.agencyId : null;
      const buildingIds = dto.buildingIds ?? (assignmentOf(role).buildings ? before.buildingIds : []);
      checkRoleScope(role, agencyId, buildingIds);
      if (id === actor.id && (dto.active === false || (dto.role && dto.role !== 'admin'))) {
        throw new ConflictException({ statusCode: 409, message: 'No puede desactivarse ni quitarse el perfil de administrador a sí mismo' });
      }
      await this.users.update(tx, id, { username: dto.username, fullName: dto.fullName, email: dto.email, role, agencyId, active: dto.active, passwordHash });
      await this.users.setBuildings(tx, id, buildingIds);
    });
  }

  remove(actor: Actor, id: string): Promise<UserAccount> {
    if (id === actor.id) throw new ConflictException({ statusCode: 409, message: 'No puede eliminar su propia cuenta' });
    return this.changes.remove(actor, 'users', 'users', WHAT, id, (tx, rid) => this.users.findById(rid, tx));
  }
}

function checkPassword(password: string, owner: PasswordOwner): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw invalid({ password: problem });
}

/** A user's agency and buildings are exactly what its role's reach narrows by. */
function checkRoleScope(role: Role, agencyId: string | null, buildingIds: string[]): void {
  const needs = assignmentOf(role);
  if (needs.agency && !agencyId) throw invalid({ agencyId: 'Indique la unidad usuaria del usuario' });
  if (!needs.agency && agencyId) throw invalid({ agencyId: 'Sólo los perfiles de una unidad usuaria la llevan asignada' });
  if (needs.buildings && buildingIds.length === 0) throw invalid({ buildingIds: 'Indique al menos un inmueble' });
  if (needs.singleBuilding && buildingIds.length > 1) throw invalid({ buildingIds: 'Este perfil trabaja en un solo inmueble' });
  if (!needs.buildings && buildingIds.length > 0) throw invalid({ buildingIds: 'Sólo los perfiles de inmueble tienen inmuebles asignados' });
}
