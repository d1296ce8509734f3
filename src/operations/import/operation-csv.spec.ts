import { CsvScanner, cellsOf } from './operation-csv';

/** Feeds the text in chunks of `size` characters (records cut across chunks on purpose). */
const read = (content: string, size = 7) => {
  const records: { line: number; text: string; cells: number; cut: number }[] = [];
  const scanner = new CsvScanner((line, text, cells, cut) => records.push({ line, text, cells, cut }));
  for (let i = 0; i < content.length; i += size) scanner.feed(content.slice(i, i + size));
  scanner.end();
  const h = scanner.header!;
  return { rows: scanner.rows, header: h, records, cells: records.map((r) => cellsOf(r.text, h.delimiter, h.width, r.line)) };
};

describe('CsvScanner', () => {
  it('numbers records by the line they start on, skipping blank lines, across chunks', () => {
    const r = read('building,date,agency,visitors,procedures\nA,2026-01-05,X,1,2\n\nB,2026-01-05,Y,3,4\r\n,,,,\nC,2026-01-05,Z,5,6');
    expect(r.rows).toBe(3);
    expect(r.records.map((x) => x.line)).toEqual([2, 4, 6]);
    expect(r.records[1].text).toBe('B,2026-01-05,Y,3,4');
    expect(r.cells[1]).toEqual(['B', '2026-01-05', 'Y', '3', '4']);
    expect(r.header).toEqual({ delimiter: ',', width: 5, columns: [0, 1, 2, 3, 4, -1, -1] });
  });

  it('reads quoted cells (multi-line ones too), semicolons, a BOM and Spanish headers', () => {
    for (const size of [3, 1000]) {
      const r = read('\uFEFFinmueble;fecha;dependencia;visitantes;trámites;estado;motivo\nA;2026-01-05;;;;cerrado;"Falla; eléctrica\nen el edificio"\nB;06/01/2026;X;1;2;;\n', size);
      expect(r.records.map((x) => x.line)).toEqual([2, 4]);
      expect(r.cells[0]).toEqual(['A', '2026-01-05', '', '', '', 'cerrado', 'Falla; eléctrica\nen el edificio']);
      expect(r.header.columns).toEqual([0, 1, 2, 3, 4, 5, 6]);
    }
  });

  it('marks where extra cells begin and pads short records', () => {
    const r = read('building,date,agency,visitors,procedures\nA,2026-01-05,X,1,2,extra,"more"\nB,2026-01-05\n');
    expect(r.records[0]).toMatchObject({ cells: 7, cut: 'A,2026-01-05,X,1,2'.length });
    expect(r.cells[0]).toEqual(['A', '2026-01-05', 'X', '1', '2']);
    expect(r.records[1]).toMatchObject({ cells: 2, cut: -1 });
    expect(r.cells[1]).toEqual(['B', '2026-01-05', '', '', '']);
  });

  it('refuses a missing column, an empty file and an unclosed quote, naming the line', () => {
    expect(() => read('building,date\nA,2026-01-05')).toThrow(expect.objectContaining({ response: expect.objectContaining({ errors: { file: expect.stringMatching(/Faltan columnas/) } }) }));
    expect(() => read('\n\n')).toThrow(expect.objectContaining({ response: expect.objectContaining({ errors: { file: expect.stringMatching(/vacío/) } }) }));
    expect(() => read('building,date,agency,visitors,procedures\nA,"2026-01-05,X,1,2\nB,2026-01-05,X,1,2\n')).toThrow(
      expect.objectContaining({ response: expect.objectContaining({ errors: { file: expect.stringMatching(/línea 2/) } }) }),
    );
  });
});
