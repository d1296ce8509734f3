/** Rules every bill keeps, whether typed in a form or read from an imported file. */
export interface BillTerms {
  issuedOn?: string | null;
  dueOn?: string | null;
  paidOn?: string | null;
  unit?: string | null;
}

/** Field → Spanish message for each broken rule; empty when the bill is consistent. */
export function billTermErrors(bill: BillTerms, serviceUnit: string | null): Partial<Record<keyof BillTerms, string>> {
  const errors: Partial<Record<keyof BillTerms, string>> = {};
  if (bill.issuedOn && bill.dueOn && bill.dueOn < bill.issuedOn) errors.dueOn = 'El vencimiento debe ser igual o posterior a la emisión';
  if (bill.issuedOn && bill.paidOn && bill.paidOn < bill.issuedOn) errors.paidOn = 'El pago debe ser igual o posterior a la emisión';
  if (bill.unit && serviceUnit && bill.unit !== serviceUnit) errors.unit = `El servicio se mide en ${serviceUnit}`;
  return errors;
}
