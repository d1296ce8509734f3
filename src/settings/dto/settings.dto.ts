import { IsOptional } from 'class-validator';
import { Integer, Quantity } from '../../common/validation';

export class UpdateSettingsDto {
  /** The DGRM's general maximum of usable m² per person (agencies may have their own). */
  @IsOptional() @Quantity({ positive: true, max: 1000 }) maxM2PerPerson?: number;
  /** Spaces drawn by the monthly random-supervision plan (default of new plans). */
  @IsOptional() @Integer(1, 5000) supervisionSampleSize?: number;
  /** Every active tenant is inspected at least once every N months (default of new plans). */
  @IsOptional() @Integer(1, 60) supervisionCoverageMonths?: number;
  /** Waiting lines: a preferential ticket is called after at most this many general calls while it waits. */
  @IsOptional() @Integer(1, 20) preferentialEvery?: number;
  /** …but never overtakes a general ticket issued more than this many minutes before it. */
  @IsOptional() @Integer(1, 240) generalMaxDelayMinutes?: number;
}
