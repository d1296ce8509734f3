import { addToDate, formatDate, formatMoney, formatTimestamp, todayInMexico } from './format';

describe('es-MX formatting', () => {
    it('formats API dates as dd/mm/aaaa without any timezone shift', () => {
        expect(formatDate('2026-03-01')).toBe('01/03/2026');
        expect(formatDate('2026-01-01')).toBe('01/01/2026');
        expect(formatDate(null)).toBe('');
    });

    it('formats amounts in Mexican pesos', () => {
        expect(formatMoney('12500.00').replace(/\s/g, ' ')).toBe('$12,500.00');
        expect(formatMoney(0)).toBe('$0.00');
    });

    it('shows timestamps in Mexico City time', () => {
        expect(formatTimestamp('2026-03-01T05:30:00Z')).toBe('28/02/2026, 23:30');
    });

    it('knows the date in Mexico City when it is already tomorrow in UTC', () => {
        expect(todayInMexico(new Date('2026-03-02T03:00:00Z'))).toBe('2026-03-01');
    });

    it('adds calendar periods to plain dates', () => {
        expect(addToDate('2026-03-01', { years: 1, days: -1 })).toBe('2027-02-28');
        expect(addToDate('2026-12-31', { days: 1 })).toBe('2027-01-01');
    });
});

describe('periods and quantities', () => {
    it('names a period by its month in Spanish', async () => {
        const { formatPeriod } = await import('./format');
        expect(formatPeriod('2026-10')).toBe('octubre 2026');
        expect(formatPeriod('2027-01')).toBe('enero 2027');
        expect(formatPeriod(null)).toBe('');
    });
    it('groups quantities the Mexican way', async () => {
        const { formatQuantity } = await import('./format');
        expect(formatQuantity('17263.5280')).toBe('17,263.528');
        expect(formatQuantity('0.1137434113', 6)).toBe('0.113743');
    });
});
