import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { invalid } from '../common/validation';
import { CalendarService } from './calendar.service';
import { CreateCalendarDayDto, UpdateCalendarDayDto } from './dto/calendar-day.dto';

const yearPipe = new ParseIntPipe({ exceptionFactory: () => invalid({ year: 'Debe ser un año de cuatro cifras' }) });

function checkYear(year: number): number {
  if (year < 1900 || year > 2199) throw invalid({ year: 'Debe ser un año entre 1900 y 2199' });
  return year;
}

@ApiTags('Calendario laboral')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** Every non-working day of the year, with the number of working days. */
  @Get('calendar/:year')
  @Permission('calendar', 'read')
  year(@Param('year', yearPipe) year: number) {
    return this.calendar.year(checkYear(year));
  }

  @Get('calendar-days')
  @Permission('calendar', 'read')
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'calendar-days', await this.calendar.list(parseListParams(query)));
  }

  @Get('calendar-days/:id')
  @Permission('calendar', 'read')
  get(@Param('id', uuidPipe) id: string) {
    return this.calendar.get(id);
  }

  @Post('calendar-days')
  @Permission('calendar', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCalendarDayDto) {
    return this.calendar.create(actor, dto);
  }

  @Put('calendar-days/:id')
  @Permission('calendar', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateCalendarDayDto) {
    return this.calendar.update(actor, id, dto);
  }

  @Delete('calendar-days/:id')
  @Permission('calendar', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.calendar.remove(actor, id);
  }
}
