const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/**
 * E4: one plain address, or the reason it is refused. A line break could smuggle in headers
 * (`Bcc:`), and a list would mail more than one person: both are refused outright.
 */
export function emailAddressProblem(value: string): string | null {
  if (/[\r\n]/.test(value)) return 'Enter one email address, without line breaks.';
  const address = value.trim();
  if (address === '') return 'Enter an email address.';
  if (/[,;\s]/.test(address) || address.split('@').length > 2) {
    return 'Enter just one email address.';
  }
  const [local = ''] = address.split('@');
  if (address.length > 254 || local.length > 64 || !ADDRESS.test(address)) {
    return 'Enter a valid email address, like name@contoso.com.';
  }
  return null;
}
