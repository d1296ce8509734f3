import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { UpdateSettingsDto } from './dto/settings.dto';
import { SettingsService } from './settings.service';

@ApiTags('Parámetros')
@ApiBearerAuth()
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @Permission('settings', 'read')
  get() {
    return this.settings.get();
  }

  @Put()
  @Permission('settings', 'update')
  update(@CurrentActor() actor: Actor, @Body() dto: UpdateSettingsDto) {
    return this.settings.update(actor, dto);
  }
}
