import { describe, expect, it } from 'vitest';
import { readReadingsCsv } from './readingsFile';

describe('readReadingsCsv', () => {
    it('reads «medidor» and «lectura» in any order, with a BOM, commas or semicolons and decimal commas', () => {
        expect(readReadingsCsv('\uFEFFLectura,Medidor,nota\n1500.125,sm-tol-p1-01,x\n987,SM-TOL-P1-02,\n')).toEqual({
            readings: new Map([['SM-TOL-P1-01', '1500.125'], ['SM-TOL-P1-02', '987']]),
            problems: [],
        });
        expect(readReadingsCsv('medidor;lectura\r\nSM-1;"1 500,5"\r\n').readings).toEqual(new Map([['SM-1', '1500.5']]));
    });

    it('names the lines it cannot use, and a header without the columns', () => {
        expect(readReadingsCsv('medidor,lectura\nSM-1,1\n,2\nsm-1,3\n').problems).toEqual([
            { line: 3, message: 'Falta la clave del medidor' },
            { line: 4, message: 'El medidor SM-1 aparece dos veces' },
        ]);
        expect(readReadingsCsv('codigo,valor\nSM-1,1\n').problems).toEqual([{ line: 1, message: 'El encabezado debe tener las columnas «medidor» y «lectura»' }]);
    });
});
