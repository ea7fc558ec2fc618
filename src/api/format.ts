/** Shared by the UI and the mock's emails so that a number reads the same everywhere. */
export function formatPhoneNumber(e164: string): string {
  const digits = e164.replace(/^\+/, '');
  if (digits.startsWith('1') && digits.length === 11) {
    return `+1 ${digits.slice(1, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  }
  if (digits.startsWith('44800') && digits.length === 12) {
    return `+44 800 ${digits.slice(5, 8)} ${digits.slice(8)}`;
  }
  if (digits.startsWith('44') && digits.length === 12) {
    return `+44 ${digits.slice(2, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
  }
  return e164;
}

export const MASKED_PIN = '***********';
