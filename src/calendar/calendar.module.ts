import { Module } from '@nestjs/common';
import { CalendarDaysRepository } from './calendar-days.repository';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** The working-day calendar: computed national holidays and the DGRM's declared days. */
@Module({
  controllers: [CalendarController],
  providers: [CalendarDaysRepository, CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
