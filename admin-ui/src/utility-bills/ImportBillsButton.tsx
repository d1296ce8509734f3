import { useState } from 'react';
import { Button, useNotify, useRefresh } from 'react-admin';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ImportBillsDialog } from './ImportBillsDialog';

export const ImportBillsButton = () => {
    const [open, setOpen] = useState(false);
    const notify = useNotify();
    const refresh = useRefresh();
    return (
        <>
            <Button label="csa.import.button" onClick={() => setOpen(true)}>
                <UploadFileIcon />
            </Button>
            <ImportBillsDialog
                open={open}
                onClose={() => setOpen(false)}
                onImported={result => {
                    setOpen(false);
                    notify('csa.import.done', {
                        type: 'success',
                        messageArgs: { smart_count: result.rows, created: result.created, updated: result.updated },
                    });
                    refresh();
                }}
            />
        </>
    );
};
