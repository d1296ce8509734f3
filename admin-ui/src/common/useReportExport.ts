import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { downloadFile } from './download';
import { messageOf } from './errors';

export type ExportFormat = 'xlsx' | 'csv';

/**
 * A report page's export: the format being downloaded (for the button's spinner and to disable the
 * others) and the download itself; a failure is handed to `onError` with the API's message.
 */
export const useReportExport = (onError: (message: string) => void) => {
    const translate = useTranslate();
    const [exporting, setExporting] = useState<ExportFormat | null>(null);
    const download = async (format: ExportFormat, path: string, fileName: string) => {
        setExporting(format);
        try {
            await downloadFile(path, fileName);
        } catch (e) {
            onError(messageOf(e, translate('ra.notification.http_error')));
        } finally {
            setExporting(null);
        }
    };
    return { exporting, download };
};
