import { spamReason } from './spam';

describe('spamReason', () => {
  it('lets ordinary comments through, accents, numbers and punctuation included', () => {
    for (const text of [
      'La fila para placas fue muy larga, sugiero abrir otra ventanilla por la mañana.',
      'Excelente atención del personal del Registro Civil. ¡Gracias!',
      'Esperé 45 minutos; el turno 123 nunca apareció en la pantalla.',
      'El SAT y el IFREM atienden bien, pero falta señalización en el piso 2.',
    ]) {
      expect(spamReason(text)).toBeUndefined();
    }
  });

  it('refuses links, repeated characters and words, shouting, symbols only and banned words', () => {
    expect(spamReason('Visite https://ejemplo.com para ofertas')).toMatch(/enlaces/);
    expect(spamReason('mejor en www.ofertas.example y ya')).toMatch(/enlaces/);
    expect(spamReason('compren en ofertas-baratas.com hoy mismo')).toMatch(/enlaces/);
    expect(spamReason('holaaaaaaaaaaaaa qué tal el servicio')).toMatch(/mismo carácter/);
    expect(spamReason('malo malo malo malo malo malo servicio')).toMatch(/misma palabra/);
    expect(spamReason('PÉSIMO SERVICIO NADIE ATIENDE EN LA VENTANILLA')).toMatch(/mayúsculas/);
    expect(spamReason('!!!! ???? 1234 5678 ....')).toMatch(/palabras/);
    expect(spamReason('Invierte en Bitcoin y gana mucho desde casa')).toMatch(/no permitidas/);
    expect(spamReason('Préstamo inmediato sin buró, llame ya por favor')).toMatch(/no permitidas/);
  });
});
