/**
 * A file chooser drawn as a button: `<Button component="label" role={undefined} tabIndex={-1} sx={FILE_BUTTON_SX}>`
 * around a visually hidden `<input type="file" aria-label=…>`. The input is the control (keyboard focus,
 * name, files), so no control is nested in a "button" (axe nested-interactive); the label opens it on a
 * click and shows its keyboard focus.
 */
export const FILE_BUTTON_SX = {
    '&:has(input:focus-visible)': { outline: '3px solid #1565C0', outlineOffset: 2 },
} as const;
