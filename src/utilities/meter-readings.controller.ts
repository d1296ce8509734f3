import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { CreateMeterReadingDto, ReadingSheetDto, UpdateMeterReadingDto } from './dto/meter-reading.dto';
import { MeterReadingsService } from './meter-readings.service';

@ApiTags('Lecturas de medidores')
@ApiBearerAuth()
@Controller('meter-readings')
export class MeterReadingsController {
  constructor(private readonly readings: MeterReadingsService) {}

  @Get()
  @Permission('meter-readings', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'meter-readings', await this.readings.list(actor, parseListParams(query)));
  }

  /** A building's month of readings, saved together or not at all. */
  @Post('sheet')
  @Permission('meter-readings', 'create')
  saveSheet(@CurrentActor() actor: Actor, @Body() dto: ReadingSheetDto) {
    return this.readings.saveSheet(actor, dto);
  }

  @Get(':id')
  @Permission('meter-readings', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.readings.get(actor, id);
  }

  @Post()
  @Permission('meter-readings', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMeterReadingDto) {
    return this.readings.create(actor, dto);
  }

  @Put(':id')
  @Permission('meter-readings', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateMeterReadingDto) {
    return this.readings.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('meter-readings', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.readings.remove(actor, id);
  }
}
