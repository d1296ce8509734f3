import { useState } from 'react';
import { Button, useNotify, useRefresh } from 'react-admin';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ImportOperationDaysDialog } from './ImportOperationDaysDialog';

export const ImportOperationDaysButton = () => {
    const [open, setOpen] = useState(false);
    const notify = useNotify();
    const refresh = useRefresh();
    return (
        <>
            <Button label="csa.ops_import.button" onClick={() => setOpen(true)}>
                <UploadFileIcon />
            </Button>
            <ImportOperationDaysDialog
                open={open}
                onClose={() => setOpen(false)}
                onImported={result => {
                    setOpen(false);
                    notify('csa.ops_import.done', {
                        type: 'success',
                        messageArgs: { smart_count: result.days, rows: result.rows },
                    });
                    refresh();
                }}
            />
        </>
    );
};
