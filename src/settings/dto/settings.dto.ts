import { IsOptional } from 'class-validator';
import { Quantity } from '../../common/validation';

export class UpdateSettingsDto {
  /** The DGRM's general maximum of usable m² per person (agencies may have their own). */
  @IsOptional() @Quantity({ positive: true, max: 1000 }) maxM2PerPerson?: number;
}
