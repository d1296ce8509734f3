import { formatDate } from '../agreements/collision-message';
import { today } from './today';

describe('dates', () => {
  it('takes today in Mexico City, not UTC', () => {
    expect(today(new Date('2026-11-25T03:30:00Z'))).toBe('2026-11-24');
    expect(today(new Date('2026-11-25T06:30:00Z'))).toBe('2026-11-25');
  });

  it('writes dates as dd/mm/aaaa', () => {
    expect(formatDate('2026-06-19')).toBe('19/06/2026');
  });
});
