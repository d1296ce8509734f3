import type { SameKeys } from './same-keys';

/** Messages of the waiting lines' back-office screens, merged into es.ts and en.ts. */
export const queueEs = {
    resources: {
        'queue-services': {
            name: 'Servicio de turnos |||| Servicios de turnos',
            fields: {
                id: 'Identificador', q: 'Buscar', buildingId: 'Inmueble', buildingCode: 'Inmueble', agencyId: 'Unidad usuaria',
                agencyAcronym: 'Unidad usuaria', agencyName: 'Unidad usuaria', name: 'Nombre', prefix: 'Prefijo', procedureIds: 'Trámites que atiende',
                dailyCap: 'Turnos por día', opensAt: 'Entrega desde (HH:MM)', closesAt: 'Entrega hasta (HH:MM)', targetWaitMinutes: 'Espera meta (min)',
                active: 'Activo', waiting: 'En espera', createdAt: 'Fecha de registro', updatedAt: 'Última modificación',
            },
        },
        counters: {
            name: 'Ventanilla |||| Ventanillas',
            fields: {
                id: 'Identificador', q: 'Buscar', buildingId: 'Inmueble', buildingCode: 'Inmueble', spaceId: 'Espacio', spaceCode: 'Espacio',
                agencyId: 'Unidad usuaria', agencyAcronym: 'Unidad usuaria', label: 'Nombre', serviceIds: 'Servicios que atiende (en orden)',
                active: 'Activa', clerkId: 'Atiende', clerkName: 'Atiende', signedInAt: 'Desde', pausedReason: 'En pausa por', pausedAt: 'En pausa desde',
                currentTicketId: 'Turno actual', createdAt: 'Fecha de registro', updatedAt: 'Última modificación',
            },
        },
        tickets: {
            name: 'Turno |||| Turnos',
            fields: {
                id: 'Identificador', q: 'Buscar código', code: 'Turno', buildingId: 'Inmueble', serviceId: 'Servicio', serviceName: 'Servicio',
                agencyId: 'Unidad usuaria', agencyAcronym: 'Unidad usuaria', category: 'Atención', status: 'Estado', counterId: 'Ventanilla',
                counterLabel: 'Ventanilla', day: 'Día', issuedAt: 'Emitido', calledAt: 'Llamado', startedAt: 'Inicio de atención',
                finishedAt: 'Fin', outcome: 'Resultado', recalls: 'Rellamados',
            },
        },
    },
    csa: {
        queue: {
            menu: 'Turnos',
            clerk: 'Mi ventanilla',
            reception: 'Recepción',
            report: 'Indicadores de turnos',
            category: { general: 'General', preferential: 'Atención preferente' },
            status: {
                waiting: 'En espera', called: 'Llamado', serving: 'En atención', done: 'Atendido', no_show: 'No se presentó',
                cancelled: 'Cancelado', transferred: 'Transferido',
            },
            outcome: { served: 'Atendido', not_completed: 'No concluido', referred: 'Canalizado' },
            choose_counter: 'Elija la ventanilla donde atiende',
            sign_in: 'Atender en esta ventanilla',
            sign_out: 'Salir de la ventanilla',
            call_next: 'Llamar siguiente',
            recall: 'Volver a llamar',
            start: 'Iniciar atención',
            finish: 'Terminar',
            no_show: 'No se presentó',
            transfer: 'Transferir',
            transfer_to: 'Transferir a',
            pause: 'Pausar',
            pause_reason: 'Motivo de la pausa',
            resume: 'Reanudar',
            cancel: 'Cancelar turno',
            nobody: 'No hay nadie en espera.',
            current: 'Turno actual',
            none_current: 'Sin turno en atención',
            waiting_now: 'En espera ahora',
            longest: 'Espera más larga',
            open_counters: 'Ventanillas abiertas',
            minutes: '%{smart_count} min',
            issue: 'Entregar turno',
            issued: 'Turno %{code} entregado. Página de seguimiento: %{url}',
            call_here: 'Llamar a una ventanilla',
            reason: 'Motivo',
            shortcut: 'Atajo: %{key}',
            from: 'Desde',
            to: 'Hasta',
            group_by: 'Agrupar por',
            groups: { day: 'Día', hour: 'Hora', service: 'Servicio', counter: 'Ventanilla', clerk: 'Personal', agency: 'Unidad usuaria', building: 'Inmueble' },
            metrics: {
                issued: 'Emitidos', served: 'Atendidos', noShow: 'No se presentaron', cancelled: 'Cancelados', waitMean: 'Espera media (min)',
                waitP90: 'Espera p90 (min)', serviceMean: 'Atención media (min)', totalMean: 'Total medio (min)', withinTarget: 'En meta', ratingMean: 'Calificación',
            },
            export_csv: 'Exportar CSV',
            export_xlsx: 'Exportar Excel',
            report_intro: 'Turnos emitidos y atendidos, esperas (de la emisión al llamado) y calificaciones de las filas de atención, por periodo, ventanilla o unidad usuaria. La meta de espera es la de cada servicio.',
            report_options: 'Opciones del reporte',
            chart: 'Turnos emitidos y atendidos, y espera media, por %{group}',
            invalid_range: 'La fecha inicial debe ser anterior o igual a la final.',
            invalid_time: 'Use el formato HH:MM, p. ej. 09:00.',
            invalid_prefix: 'Use de 1 a 4 letras, p. ej. IF.',
        },
    },
};

export const queueEn: SameKeys<typeof queueEs> = {
    resources: {
        'queue-services': {
            name: 'Queue service |||| Queue services',
            fields: {
                id: 'Id', q: 'Search', buildingId: 'Building', buildingCode: 'Building', agencyId: 'Agency', agencyAcronym: 'Agency', agencyName: 'Agency',
                name: 'Name', prefix: 'Prefix', procedureIds: 'Procedures served', dailyCap: 'Tickets per day', opensAt: 'Issues from (HH:MM)',
                closesAt: 'Issues until (HH:MM)', targetWaitMinutes: 'Target wait (min)', active: 'Active', waiting: 'Waiting', createdAt: 'Created', updatedAt: 'Updated',
            },
        },
        counters: {
            name: 'Counter |||| Counters',
            fields: {
                id: 'Id', q: 'Search', buildingId: 'Building', buildingCode: 'Building', spaceId: 'Space', spaceCode: 'Space', agencyId: 'Agency',
                agencyAcronym: 'Agency', label: 'Name', serviceIds: 'Services served (in order)', active: 'Active', clerkId: 'Clerk', clerkName: 'Clerk',
                signedInAt: 'Since', pausedReason: 'Paused for', pausedAt: 'Paused since', currentTicketId: 'Current ticket', createdAt: 'Created', updatedAt: 'Updated',
            },
        },
        tickets: {
            name: 'Ticket |||| Tickets',
            fields: {
                id: 'Id', q: 'Search code', code: 'Ticket', buildingId: 'Building', serviceId: 'Service', serviceName: 'Service', agencyId: 'Agency',
                agencyAcronym: 'Agency', category: 'Attention', status: 'Status', counterId: 'Counter', counterLabel: 'Counter', day: 'Day',
                issuedAt: 'Issued', calledAt: 'Called', startedAt: 'Started', finishedAt: 'Finished', outcome: 'Outcome', recalls: 'Recalls',
            },
        },
    },
    csa: {
        queue: {
            menu: 'Tickets', clerk: 'My counter', reception: 'Reception', report: 'Queue metrics',
            category: { general: 'General', preferential: 'Priority' },
            status: { waiting: 'Waiting', called: 'Called', serving: 'Being served', done: 'Done', no_show: 'No-show', cancelled: 'Cancelled', transferred: 'Transferred' },
            outcome: { served: 'Served', not_completed: 'Not completed', referred: 'Referred' },
            choose_counter: 'Choose your counter', sign_in: 'Serve at this counter', sign_out: 'Leave the counter', call_next: 'Call next',
            recall: 'Call again', start: 'Start service', finish: 'Finish', no_show: 'No-show', transfer: 'Transfer', transfer_to: 'Transfer to',
            pause: 'Pause', pause_reason: 'Reason for the pause', resume: 'Resume', cancel: 'Cancel ticket', nobody: 'Nobody is waiting.',
            current: 'Current ticket', none_current: 'No ticket being served', waiting_now: 'Waiting now', longest: 'Longest wait',
            open_counters: 'Open counters', minutes: '%{smart_count} min', issue: 'Issue ticket', issued: 'Ticket %{code} issued. Status page: %{url}',
            call_here: 'Call to a counter', reason: 'Reason', shortcut: 'Shortcut: %{key}', from: 'From', to: 'To', group_by: 'Group by',
            groups: { day: 'Day', hour: 'Hour', service: 'Service', counter: 'Counter', clerk: 'Clerk', agency: 'Agency', building: 'Building' },
            metrics: {
                issued: 'Issued', served: 'Served', noShow: 'No-shows', cancelled: 'Cancelled', waitMean: 'Mean wait (min)', waitP90: 'Wait p90 (min)',
                serviceMean: 'Mean service (min)', totalMean: 'Mean total (min)', withinTarget: 'Within target', ratingMean: 'Rating',
            },
            export_csv: 'Export CSV', export_xlsx: 'Export Excel',
            report_intro: 'Tickets issued and served, waits (from issue to call) and ratings of the lines, by period, counter or agency. The target wait is each service’s own.',
            report_options: 'Report options', chart: 'Tickets issued and served, and mean wait, by %{group}',
            invalid_range: 'The start date must be on or before the end date.', invalid_time: 'Use HH:MM, e.g. 09:00.', invalid_prefix: 'Use 1 to 4 letters, e.g. IF.',
        },
    },
};
