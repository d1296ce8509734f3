/**
 * Procedures (trámites y servicios) of the demo agencies: plausible names, descriptions and
 * requirements for the demonstration, not an official catalogue. Keyed by acronym; `TM-` covers
 * every municipal treasury.
 */
type P = [name: string, description: string, requirements: string, keywords: string];

export const DEMO_PROCEDURES: Record<string, P[]> = {
  'TM-': [
    ['Pago del impuesto predial', 'Pago anual o bimestral del impuesto sobre la propiedad inmobiliaria, con descuentos por pago anticipado.', 'Clave catastral o último recibo de pago.', 'predial catastro casa terreno'],
    ['Certificación de clave y valor catastral', 'Constancia del valor catastral de un inmueble del municipio.', 'Clave catastral, identificación oficial.', 'catastro avaluo'],
    ['Traslado de dominio', 'Pago del impuesto sobre adquisición de inmuebles.', 'Escritura o contrato, avalúo, identificación oficial.', 'compraventa escrituras isai'],
  ],
  SF: [['Orientación fiscal estatal', 'Asesoría sobre contribuciones estatales y trámites de la Secretaría de Finanzas.', 'Ninguno.', 'impuestos finanzas asesoria']],
  DGR: [
    ['Pago de tenencia y refrendo vehicular', 'Pago anual del refrendo para uso de placas y, en su caso, de la tenencia.', 'Tarjeta de circulación o número de placas.', 'tenencia refrendo placas auto carro'],
    ['Impuesto sobre erogaciones por remuneraciones al trabajo personal', 'Declaración y pago del impuesto sobre nóminas estatal.', 'RFC, cálculo de la nómina del periodo.', 'nomina isn empresas'],
    ['Constancia de no adeudo', 'Constancia de que un contribuyente no tiene adeudos fiscales estatales.', 'Identificación oficial, RFC o CURP.', 'no adeudo constancia'],
  ],
  PROFISCAL: [['Convenio de pago en parcialidades', 'Convenio para cubrir créditos fiscales estatales en pagos parciales.', 'Identificación oficial, número de crédito fiscal.', 'adeudo parcialidades credito']],
  IFREM: [
    ['Certificado de libertad o existencia de gravámenes', 'Certificado que informa si un inmueble tiene gravámenes inscritos.', 'Folio real o datos registrales, pago de derechos.', 'gravamen libertad registro propiedad'],
    ['Inscripción de actos jurídicos', 'Inscripción en el registro público de compraventas, hipotecas y otros actos.', 'Testimonio notarial, pago de derechos.', 'registro publico propiedad escrituras'],
    ['Copias certificadas de antecedentes registrales', 'Copias certificadas de asientos e instrumentos inscritos.', 'Datos registrales, identificación oficial.', 'copias certificadas'],
  ],
  SEMOV: [['Permiso para servicio de transporte público', 'Gestión de concesiones y permisos del transporte público estatal.', 'Identificación oficial, documentos del vehículo.', 'transporte publico concesion taxi']],
  'SEMOV-LIC': [
    ['Licencia de conducir (expedición y renovación)', 'Licencia para conducir vehículos particulares, tipo A, por 3 años o permanente.', 'Identificación oficial, CURP, comprobante de domicilio, examen médico y pago de derechos.', 'licencia manejo conducir chofer'],
    ['Alta de placas', 'Emplacamiento de vehículos nuevos o de otra entidad.', 'Factura, identificación oficial, comprobante de domicilio, pago de derechos.', 'placas alta emplacamiento carro auto'],
    ['Baja de placas', 'Baja de placas por venta, robo o cambio de entidad.', 'Tarjeta de circulación, placas, identificación oficial.', 'placas baja'],
    ['Reposición de tarjeta de circulación', 'Nueva tarjeta de circulación por extravío o deterioro.', 'Identificación oficial, factura o carta factura, pago de derechos.', 'tarjeta circulacion placas'],
  ],
  'RC-EDOMEX': [
    ['Copia certificada de acta de nacimiento', 'Copia certificada de actas del Registro Civil del Estado de México.', 'CURP o datos del registro, pago de derechos.', 'acta nacimiento registro civil'],
    ['Acta de matrimonio o defunción', 'Copias certificadas de actas de matrimonio o defunción.', 'Datos del registro, pago de derechos.', 'acta matrimonio defuncion'],
    ['Corrección administrativa de actas', 'Corrección de errores mecanográficos u ortográficos en actas.', 'Acta a corregir, documentos probatorios.', 'correccion acta error'],
  ],
  ISSEMyM: [['Afiliación y vigencia de derechos', 'Alta de derechohabientes y constancia de vigencia de servicios médicos.', 'Identificación oficial, último recibo de nómina.', 'afiliacion servicio medico vigencia'], ['Préstamos a servidores públicos', 'Solicitud de créditos a corto plazo para servidores públicos.', 'Identificación oficial, recibo de nómina.', 'prestamo credito']],
  'PRODECON-EM': [['Asesoría y defensa al contribuyente', 'Orientación gratuita sobre derechos y obligaciones fiscales estatales.', 'Identificación oficial.', 'defensa contribuyente queja']],
  'STPS-EM': [['Registro en bolsa de trabajo', 'Vinculación con vacantes del Servicio Estatal de Empleo.', 'Identificación oficial, CURP, solicitud de empleo.', 'empleo trabajo vacantes'], ['Conciliación laboral', 'Atención de conflictos entre trabajadores y patrones.', 'Identificación oficial, documentos de la relación laboral.', 'conciliacion despido demanda']],
  IMEVIS: [['Regularización de la tenencia de la tierra', 'Escrituración de lotes en asentamientos irregulares.', 'Identificación oficial, documento de posesión.', 'escrituras regularizacion terreno lote']],
  DIFEM: [['Credencial de discapacidad', 'Credencial nacional para personas con discapacidad.', 'Identificación oficial, CURP, certificado médico.', 'discapacidad credencial'], ['Asesoría jurídica familiar', 'Orientación en pensiones alimenticias, custodia y adopción.', 'Identificación oficial.', 'pension alimenticia familia']],
  ICATI: [['Inscripción a cursos de capacitación', 'Cursos para el trabajo en oficios y habilidades digitales.', 'CURP, identificación oficial, comprobante de estudios.', 'cursos capacitacion oficios']],
  IMEJ: [['Tarjeta joven', 'Tarjeta de descuentos para jóvenes de 12 a 29 años.', 'CURP, identificación, fotografía.', 'jovenes descuentos']],
  CODHEM: [['Presentación de quejas por violaciones a derechos humanos', 'Recepción y orientación de quejas contra autoridades estatales o municipales.', 'Relato de los hechos; la identificación es opcional.', 'derechos humanos queja']],
  INFOEM: [['Solicitudes de acceso a la información', 'Orientación para solicitar información pública y ejercer derechos ARCO.', 'Ninguno.', 'transparencia informacion arco datos personales']],
  IEEM: [['Orientación electoral', 'Información sobre procesos electorales locales.', 'Ninguno.', 'elecciones votar']],
  SAT: [
    ['Inscripción al RFC y e.firma', 'Inscripción en el Registro Federal de Contribuyentes y trámite de la firma electrónica.', 'CURP, identificación oficial, comprobante de domicilio, cita previa.', 'rfc sat efirma firma electronica contribuyente'],
    ['Constancia de situación fiscal', 'Constancia con los datos fiscales del contribuyente.', 'RFC o CURP, identificación oficial.', 'constancia situacion fiscal rfc sat'],
    ['Asesoría en declaraciones', 'Apoyo para presentar declaraciones anuales y mensuales.', 'e.firma o contraseña del SAT.', 'declaracion anual impuestos sat'],
  ],
  IMSS: [['Asignación de número de seguridad social', 'Asignación o localización del número de seguridad social.', 'CURP, identificación oficial.', 'nss seguro social'], ['Alta en clínica (UMF)', 'Registro en la unidad de medicina familiar.', 'NSS, comprobante de domicilio.', 'clinica medico imss']],
  INE: [['Credencial para votar', 'Inscripción, actualización y reposición de la credencial para votar.', 'Acta de nacimiento, identificación con fotografía, comprobante de domicilio.', 'credencial votar ine ife identificacion']],
  SRE: [['Pasaporte mexicano', 'Expedición y renovación de pasaporte ordinario, con cita.', 'Acta de nacimiento, identificación oficial, CURP, pago de derechos.', 'pasaporte viaje']],
  CONDUSEF: [['Reclamaciones contra instituciones financieras', 'Asesoría y conciliación con bancos, aseguradoras y afores.', 'Identificación oficial, estados de cuenta.', 'banco reclamacion tarjeta credito']],
  PROFECO: [['Quejas de consumidores', 'Recepción de quejas y conciliación con proveedores.', 'Identificación oficial, comprobante de compra.', 'queja consumidor proveedor garantia']],
  INFONAVIT: [['Precalificación y crédito para vivienda', 'Orientación sobre créditos Infonavit y consulta de puntos.', 'NSS, identificación oficial.', 'credito vivienda casa infonavit']],
  CFE: [['Contratación y aclaraciones del servicio eléctrico', 'Contratos, cambios de tarifa y aclaraciones de recibos de luz.', 'Identificación oficial, recibo de luz o comprobante de propiedad.', 'luz recibo electricidad cfe']],
};
