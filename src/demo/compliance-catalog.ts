/**
 * The demo's rules. The real texts of the 2006 Acuerdo and of the 2015 Reglamento Interno are not
 * at hand: every article below is a plausible reconstruction, marked `illustrative`.
 */
type Category = 'spaces_use' | 'image_signage' | 'hours' | 'security' | 'cleanliness' | 'user_attention' | 'shared_services';
type Severity = 'low' | 'medium' | 'high' | 'critical';

export interface CatalogArticle { number: string; title: string; text: string; category: Category; severity: Severity; question?: string }

export const ACUERDO_2006 = {
  code: 'ACUERDO-2006',
  title: 'Acuerdo por el que se establecen las Normas para la Administración y Funcionamiento de los Centros de Servicios Administrativos',
  kind: 'acuerdo', publishedOn: '2006-12-15', inForceFrom: '2006-12-16', inForceTo: '2015-06-19',
  notes: 'Primeras normas de los CSA. Abrogado por el Reglamento Interno de 2015. Texto de demostración: reconstrucción ilustrativa.',
};

export const REGLAMENTO_2015 = {
  code: 'REGLAMENTO-2015',
  title: 'Reglamento Interno para la Administración y Funcionamiento de los Centros de Servicios Administrativos',
  kind: 'reglamento', publishedOn: '2015-06-19', inForceFrom: '2015-06-20', inForceTo: null,
  notes: 'Publicado el 19 de junio de 2015. Texto de demostración: reconstrucción ilustrativa de su contenido, no el texto oficial.',
};

export const ACUERDO_ARTICLES: CatalogArticle[] = [
  { number: '3', title: 'Uso de los espacios asignados', text: 'Las dependencias usuarias utilizarán los espacios asignados exclusivamente para la prestación de trámites y servicios al público.', category: 'spaces_use', severity: 'high' },
  { number: '5', title: 'Horario de atención', text: 'La atención al público se brindará en el horario que determine la Dirección General de Recursos Materiales.', category: 'hours', severity: 'medium' },
  { number: '7', title: 'Limpieza de áreas', text: 'Las dependencias usuarias mantendrán limpias y ordenadas sus áreas de trabajo.', category: 'cleanliness', severity: 'low' },
  { number: '9', title: 'Medidas de seguridad', text: 'Se observarán las medidas de seguridad y protección civil que establezca la administración del inmueble.', category: 'security', severity: 'high' },
  { number: '11', title: 'Identificación del personal', text: 'El personal que atienda al público portará identificación visible.', category: 'user_attention', severity: 'medium' },
  { number: '13', title: 'Señalización', text: 'Las dependencias no podrán colocar anuncios ni señalización distinta de la autorizada.', category: 'image_signage', severity: 'low' },
];

export const REGLAMENTO_ARTICLES: CatalogArticle[] = [
  { number: '8', title: 'Destino de los espacios', text: 'Los espacios asignados a las unidades usuarias se destinarán exclusivamente a la atención de trámites y servicios al público y a las funciones administrativas que los soportan; queda prohibido su uso como bodega, vivienda o para fines distintos.', category: 'spaces_use', severity: 'high', question: '¿El espacio se usa sólo para el fin asignado (sin bodega, sin usos ajenos)?' },
  { number: '9', title: 'Modificaciones a los espacios', text: 'Ninguna unidad usuaria podrá realizar modificaciones, adecuaciones o instalaciones en los espacios asignados sin autorización previa y por escrito de la Dirección General de Recursos Materiales.', category: 'spaces_use', severity: 'high', question: '¿Se conservan los espacios sin modificaciones no autorizadas?' },
  { number: '10', title: 'Mobiliario y equipo', text: 'El mobiliario y el equipo asignados se conservarán en buen estado y en el lugar en que fueron instalados; su reubicación requiere aviso a la administración del CSA.', category: 'spaces_use', severity: 'medium', question: '¿El mobiliario está en buen estado y en su lugar?' },
  { number: '11', title: 'Áreas comunes', text: 'Las áreas comunes, pasillos y salas de espera no podrán ocuparse con mobiliario, archivo o material de las unidades usuarias.', category: 'spaces_use', severity: 'medium', question: '¿Pasillos y áreas comunes están libres de mobiliario o archivo de la unidad?' },
  { number: '14', title: 'Imagen institucional', text: 'Las unidades usuarias se apegarán a los lineamientos de imagen institucional vigentes en la señalización, rótulos y material informativo de sus módulos.', category: 'image_signage', severity: 'medium', question: '¿La señalización del módulo se apega a la imagen institucional vigente?' },
  { number: '15', title: 'Información de trámites', text: 'Cada módulo exhibirá de manera visible los trámites y servicios que ofrece, sus requisitos y costos.', category: 'image_signage', severity: 'medium', question: '¿Están a la vista los trámites, requisitos y costos?' },
  { number: '16', title: 'Anuncios no autorizados', text: 'Queda prohibido fijar carteles, anuncios o propaganda no autorizados en muros, vidrios y columnas del inmueble.', category: 'image_signage', severity: 'low', question: '¿No hay carteles o anuncios no autorizados?' },
  { number: '19', title: 'Horario de atención', text: 'Las unidades usuarias brindarán atención al público durante todo el horario de operación del CSA, sin interrupciones.', category: 'hours', severity: 'high', question: '¿El módulo atiende durante todo el horario de operación?' },
  { number: '20', title: 'Horario visible', text: 'El horario de atención de cada módulo estará publicado a la vista del público.', category: 'hours', severity: 'low', question: '¿El horario de atención está publicado a la vista?' },
  { number: '21', title: 'Apertura puntual', text: 'Los módulos de atención iniciarán operaciones a la hora de apertura del CSA.', category: 'hours', severity: 'medium', question: '¿El módulo abrió a la hora de apertura del CSA?' },
  { number: '25', title: 'Rutas de evacuación', text: 'Las rutas de evacuación, salidas de emergencia y accesos a extintores se mantendrán libres de obstáculos en todo momento.', category: 'security', severity: 'critical', question: '¿Rutas de evacuación, salidas y extintores están libres de obstáculos?' },
  { number: '26', title: 'Instalaciones eléctricas', text: 'Se prohíbe conectar aparatos que sobrecarguen las instalaciones eléctricas, así como el uso de extensiones y multicontactos no autorizados.', category: 'security', severity: 'critical', question: '¿No hay sobrecargas, extensiones ni multicontactos no autorizados?' },
  { number: '27', title: 'Protección civil', text: 'Las unidades usuarias participarán en los simulacros y designarán brigadistas de protección civil.', category: 'security', severity: 'high', question: '¿La unidad tiene brigadistas designados y participó en el último simulacro?' },
  { number: '28', title: 'Sustancias peligrosas', text: 'Queda prohibido introducir o almacenar sustancias inflamables, tóxicas o peligrosas en los espacios asignados.', category: 'security', severity: 'critical', question: '¿No se almacenan sustancias inflamables o peligrosas?' },
  { number: '32', title: 'Limpieza de áreas de trabajo', text: 'Las unidades usuarias mantendrán sus áreas de trabajo limpias y ordenadas, y facilitarán el acceso al personal de limpieza.', category: 'cleanliness', severity: 'low', question: '¿El área de trabajo está limpia y ordenada?' },
  { number: '33', title: 'Alimentos en módulos', text: 'No se consumirán alimentos en los módulos de atención al público.', category: 'cleanliness', severity: 'low', question: '¿No se consumen alimentos en el módulo de atención?' },
  { number: '34', title: 'Manejo de residuos', text: 'Los residuos se depositarán separados en los contenedores dispuestos por la administración del inmueble.', category: 'cleanliness', severity: 'medium', question: '¿Los residuos se separan y depositan en los contenedores?' },
  { number: '38', title: 'Trato al público', text: 'El personal de las unidades usuarias atenderá al público con respeto, cortesía y sin discriminación.', category: 'user_attention', severity: 'high', question: '¿El trato al público observado es respetuoso y cortés?' },
  { number: '39', title: 'Identificación del personal', text: 'El personal que atiende al público portará gafete de identificación visible.', category: 'user_attention', severity: 'medium', question: '¿El personal porta gafete visible?' },
  { number: '40', title: 'Gratuidad de la orientación', text: 'La orientación al público es gratuita; queda prohibido solicitar pagos o gratificaciones no previstos.', category: 'user_attention', severity: 'critical', question: '¿No hay indicios de cobros indebidos a los usuarios?' },
  { number: '41', title: 'Buzón de sugerencias', text: 'Los módulos difundirán el buzón de comentarios y sugerencias del CSA, cuyos mensajes son anónimos y confidenciales.', category: 'user_attention', severity: 'low', question: '¿Se difunde el buzón de comentarios y sugerencias?' },
  { number: '45', title: 'Servicios compartidos', text: 'El uso de los servicios compartidos (energía eléctrica, agua, internet, limpieza, vigilancia) se sujetará a las reglas de prorrateo y a las disposiciones de ahorro que emita la Dirección General.', category: 'shared_services', severity: 'medium', question: '¿Se observan las medidas de ahorro de energía y agua?' },
  { number: '46', title: 'Equipos de climatización', text: 'Los equipos de aire acondicionado y calefacción se operarán en los horarios y temperaturas que determine la administración.', category: 'shared_services', severity: 'low', question: '¿Los equipos de climatización se usan conforme a lo indicado?' },
  { number: '47', title: 'Red e internet', text: 'Las unidades usuarias no conectarán equipos de red propios a la red del inmueble sin autorización.', category: 'shared_services', severity: 'medium', question: '¿No hay equipos de red propios conectados sin autorización?' },
];

/** The checklists of the demo: article numbers of the 2015 Reglamento. */
export const DEMO_CHECKLISTS = [
  {
    name: 'Supervisión aleatoria general',
    description: 'Lista para la supervisión aleatoria mensual: uso de espacios, imagen, horario, seguridad, limpieza, atención y servicios compartidos.',
    articles: ['8', '11', '14', '15', '19', '25', '26', '32', '34', '38', '39', '45'],
  },
  {
    name: 'Imagen institucional y atención a usuarios',
    description: 'Revisión enfocada en señalización, información de trámites y trato al público.',
    articles: ['14', '15', '16', '20', '38', '39', '40', '41'],
  },
];
