import { fileSafe, formatDate, formatMxn, formatQuantity, monthLabel } from './es-mx';
import { monthCount, monthSpan } from '../common/periods';

describe('es-MX formatting', () => {
  it('formats decimal strings as pesos digit by digit', () => {
    expect(formatMxn('12345.67')).toBe('$12,345.67');
    expect(formatMxn('1234567890.5')).toBe('$1,234,567,890.50');
    expect(formatMxn('0')).toBe('$0.00');
    expect(formatMxn('-0.00')).toBe('$0.00');
    expect(formatMxn('-100.00')).toBe('-$100.00');
    expect(formatMxn('999.990000')).toBe('$999.99');
    expect(formatMxn(null)).toBe('$0.00');
    expect(() => formatMxn('1.234')).toThrow(/dos decimales/);
    expect(() => formatMxn('abc')).toThrow(/no válido/);
  });

  it('writes dates dd/mm/aaaa and months in Spanish', () => {
    expect(formatDate('2030-03-01')).toBe('01/03/2030');
    expect(formatDate('2030-12-31T23:00:00.000Z')).toBe('31/12/2030');
    expect(monthLabel('2030-03')).toBe('marzo de 2030');
    expect(formatQuantity(1234.5)).toBe('1,234.5');
  });

  it('makes ASCII file names', () => {
    expect(fileSafe('SEDUyO – Toluca ñ')).toBe('SEDUyO-Toluca-n');
  });
});

describe('month spans', () => {
  it('covers whole months, leap years included', () => {
    expect(monthSpan('2028-02', '2028-02')).toEqual({ fromPeriod: '2028-02', toPeriod: '2028-02', first: '2028-02-01', next: '2028-03-01', last: '2028-02-29' });
    expect(monthSpan('2030-01', '2030-12')).toMatchObject({ first: '2030-01-01', next: '2031-01-01', last: '2030-12-31' });
    expect(monthCount('2030-11', '2031-02')).toBe(4);
    expect(monthCount('2030-05', '2030-04')).toBe(0);
  });
});
