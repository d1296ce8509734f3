import { monthList } from './periods';

describe('monthList', () => {
  it('lists every month of a range, across years', () => {
    expect(monthList('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthList('2026-05', '2026-05')).toEqual(['2026-05']);
    expect(monthList('2026-05', '2026-04')).toEqual([]);
  });
});
