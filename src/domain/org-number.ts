import { t } from '../i18n/index.js';

/**
 * Swedish organisationsnummer: ten digits written NNNNNN-NNNN, the last a Luhn check digit
 * (the same algorithm as personnummer). Returns what is wrong, or undefined when it is right.
 */
export function orgNumberProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^\d{6}-\d{4}$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    if (digits.length === 10) return t('orgNumber.formatDigits', { value, written: `${digits.slice(0, 6)}-${digits.slice(6)}` });
    return digits.length === 12 ? t('orgNumber.formatCentury', { value }) : t('orgNumber.format', { value });
  }
  const digits = trimmed.replace('-', '');
  const expected = luhnCheckDigit(digits.slice(0, 9));
  if (Number(digits[9]) !== expected) {
    return t('orgNumber.checkDigit', { value, expected });
  }
  return undefined;
}

/** The Luhn check digit for a string of digits. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let index = 0; index < payload.length; index++) {
    let digit = Number(payload[index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The organisationsnummer written NNNNNN-NNNN when `value` holds its ten digits with only spaces or dashes
 * misplaced (`8025260186`, `802526 0186`) and the check digit is right; otherwise undefined (nothing safe to fix).
 */
export function normalisedOrgNumber(value: string): string | undefined {
  if (!/^[\d\s-]+$/.test(value)) return undefined;
  const digits = value.replace(/[\s-]/g, '');
  if (digits.length !== 10 || Number(digits[9]) !== luhnCheckDigit(digits.slice(0, 9))) return undefined;
  const written = `${digits.slice(0, 6)}-${digits.slice(6)}`;
  return written === value ? undefined : written;
}
