import { useEffect, useId, useState } from 'react';
import { Badge, Box, Button, CircularProgress } from '@mui/material';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import { useTranslate } from 'react-admin';
import { fetchObjectUrl } from '../compliance/api';
import type { Photo } from '../compliance/types';
import type { Cell } from './useInspectionSync';
import { FILE_BUTTON_SX } from '../common/fileButton';

const visuallyHidden = {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
} as const;

/** An uploaded photo: fetched with the bearer token, shown as a thumbnail. */
export const AuthImage = ({ photo, size = 72 }: { photo: Photo; size?: number }) => {
    const [url, setUrl] = useState<string | null>(null);
    useEffect(() => {
        let revoked = false;
        let objectUrl: string | null = null;
        fetchObjectUrl(`/inspection-photos/${encodeURIComponent(String(photo.id))}`)
            .then(u => {
                objectUrl = u;
                if (!revoked) setUrl(u);
                else URL.revokeObjectURL(u);
            })
            .catch(() => undefined);
        return () => {
            revoked = true;
            if (objectUrl) URL.revokeObjectURL(objectUrl);
        };
    }, [photo.id]);
    const box = { width: size, height: size, borderRadius: 1, border: '1px solid #C8C8C8', objectFit: 'cover' as const };
    if (!url) return <Box sx={{ ...box, display: 'grid', placeItems: 'center' }}><CircularProgress size={18} aria-label={photo.fileName} /></Box>;
    return (
        <a href={url} target="_blank" rel="noopener noreferrer">
            <Box component="img" src={url} alt={photo.fileName} sx={box} />
        </a>
    );
};

/** Thumbnails of a result's photos (uploaded and waiting) and the camera button. */
export const PhotoCapture = ({
    cell,
    onAdd,
    disabled,
    label,
    compact = false,
}: {
    cell: Cell;
    onAdd: (file: File) => void;
    disabled: boolean;
    label: string;
    compact?: boolean;
}) => {
    const translate = useTranslate();
    const inputId = useId();
    const size = compact ? 48 : 88;
    return (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            {cell.photos.map(p => (
                <AuthImage key={String(p.id)} photo={p} size={size} />
            ))}
            {cell.pendingPhotos.map(p => (
                <Badge key={p.key} color="warning" variant="dot" overlap="rectangular" title={translate('csa.compliance.record.photo_pending')}>
                    <Box
                        component="img"
                        src={p.url}
                        alt={translate('csa.compliance.record.photo_pending_alt', { name: p.fileName })}
                        sx={{ width: size, height: size, borderRadius: 1, border: '2px dashed #B26A00', objectFit: 'cover' }}
                    />
                </Badge>
            ))}
            {disabled ? null : (
                <Button
                    component="label"
                    role={undefined}
                    tabIndex={-1}
                    htmlFor={inputId}
                    variant="outlined"
                    size="large"
                    startIcon={<PhotoCameraIcon />}
                    sx={{ ...FILE_BUTTON_SX, minHeight: 48, minWidth: 48 }}
                >
                    {compact ? <Box component="span" sx={visuallyHidden}>{label}</Box> : label}
                    <input
                        id={inputId}
                        type="file"
                        accept="image/*"
                        capture="environment"
                        aria-label={label}
                        style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
                        onChange={e => {
                            const files = [...(e.target.files ?? [])];
                            files.forEach(onAdd);
                            e.target.value = '';
                        }}
                    />
                </Button>
            )}
        </Box>
    );
};
