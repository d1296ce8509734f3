import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApp } from '../test/TestApp';
import type { Finding, FindingStatus } from '../compliance/types';
import { complianceApi } from '../compliance/api';
import { findingActions } from './actions';
import { FindingActionsPanel } from './FindingActions';

const finding = (status: FindingStatus): Finding => ({
    id: 'f1',
    folio: 'HAL-CSA-TOL-2026-0001',
    inspectionId: 'i1',
    buildingId: 'b1',
    severity: 'high',
    status,
    dueOn: '2026-12-15',
});

describe('what each role may do with a finding', () => {
    it('lets the liaison start and answer, never verify or waive', () => {
        expect(findingActions('agency_liaison', 'open')).toEqual(['start', 'answer']);
        expect(findingActions('agency_liaison', 'in_progress')).toEqual(['answer']);
        expect(findingActions('agency_liaison', 'overdue')).toEqual(['start', 'answer']);
        expect(findingActions('agency_liaison', 'answered')).toEqual([]);
        expect(findingActions('agency_liaison', 'verified')).toEqual([]);
    });

    it('lets supervisors verify an answer, and only the administrator waive', () => {
        expect(findingActions('inspector', 'answered')).toEqual(['verify']);
        expect(findingActions('building_admin', 'answered')).toEqual(['verify']);
        expect(findingActions('admin', 'answered')).toEqual(['verify', 'waive']);
        expect(findingActions('inspector', 'open')).toEqual(['start']);
        expect(findingActions('admin', 'open')).toEqual(['start', 'waive']);
        expect(findingActions('admin', 'waived')).toEqual([]);
        expect(findingActions('admin', 'verified')).toEqual([]);
    });

    it('offers nothing to read-only roles', () => {
        expect(findingActions('auditor', 'open')).toEqual([]);
        expect(findingActions('finance', 'answered')).toEqual([]);
        expect(findingActions(undefined, 'open')).toEqual([]);
    });
});

describe('FindingActionsPanel', () => {
    afterEach(() => vi.restoreAllMocks());

    it('shows the liaison the answer form and sends text and evidence files', async () => {
        const answer = vi.spyOn(complianceApi, 'answerFinding').mockResolvedValue(finding('answered'));
        let done = 0;
        render(
            <TestApp>
                <FindingActionsPanel finding={finding('in_progress')} role="agency_liaison" onDone={() => done++} />
            </TestApp>,
        );
        expect(await screen.findByRole('heading', { name: 'Responder el hallazgo' })).toBeInTheDocument();
        expect(screen.queryByRole('button', { name: 'Verificar' })).toBeNull();
        expect(screen.queryByRole('button', { name: 'Dispensar' })).toBeNull();
        const send = screen.getByRole('button', { name: 'Enviar respuesta' });
        expect(send).toBeDisabled();
        await userEvent.type(screen.getByLabelText(/Acción realizada/), 'Se colocó la señalización de ruta de evacuación.');
        const file = new File(['%PDF-1.4'], 'evidencia.pdf', { type: 'application/pdf' });
        await userEvent.upload(screen.getByLabelText('Adjuntar evidencia'), file);
        expect(screen.getByRole('button', { name: 'Quitar evidencia.pdf' })).toBeInTheDocument();
        await userEvent.click(send);
        expect(answer).toHaveBeenCalledWith('f1', 'Se colocó la señalización de ruta de evacuación.', [file]);
        expect(done).toBe(1);
    });

    it('shows the inspector the verification of an answered finding, and the administrator the waiver too', async () => {
        const { unmount } = render(
            <TestApp>
                <FindingActionsPanel finding={finding('answered')} role="inspector" onDone={() => undefined} />
            </TestApp>,
        );
        expect(await screen.findByRole('button', { name: 'Verificar' })).toBeInTheDocument();
        expect(screen.queryByRole('button', { name: 'Dispensar' })).toBeNull();
        expect(screen.queryByRole('heading', { name: 'Responder el hallazgo' })).toBeNull();
        unmount();

        render(
            <TestApp>
                <FindingActionsPanel finding={finding('answered')} role="admin" onDone={() => undefined} />
            </TestApp>,
        );
        expect(await screen.findByRole('button', { name: 'Dispensar' })).toBeInTheDocument();
        expect(screen.getByRole('button', { name: 'Verificar' })).toBeInTheDocument();
    });

    it('shows nothing to an auditor', () => {
        const { container } = render(
            <TestApp>
                <FindingActionsPanel finding={finding('open')} role="auditor" onDone={() => undefined} />
            </TestApp>,
        );
        expect(container).toBeEmptyDOMElement();
    });
});
