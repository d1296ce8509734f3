/**
 * A chart axis label: the code of «CSA-TOL — Centro de Servicios Administrativos Toluca» or the
 * acronym of «IFREM — Instituto…»; 'Centro de Servicios Administrativos Toluca' → 'Toluca'.
 */
export const shortLabel = (label: string) => {
    const dash = label.indexOf(' — ');
    if (dash > 0) return label.slice(0, dash);
    return label.replace(/^Centro de Servicios Administrativos\s+/i, '');
};
