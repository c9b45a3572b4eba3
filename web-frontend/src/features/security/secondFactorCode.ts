/**
 * A second-factor code as typed or pasted: a 6-digit code of the authenticator app (spaces ignored, "123 456") or a
 * recovery code of 25 letters and digits in groups of five, `xxxxx-xxxxx-xxxxx-xxxxx-xxxxx` (any case; spaces or no
 * dashes are fine). Anything else comes back trimmed, for the server to refuse.
 */
export function normaliseSecondFactorCode(input: string): string {
  const plain = input.replace(/[\s-]+/g, '').toLowerCase();
  if (/^\d{6}$/.test(plain)) return plain;
  if (/^[a-z0-9]{25}$/.test(plain)) return (plain.match(/.{5}/g) ?? []).join('-');
  return input.trim();
}

/** True for a 6-digit authenticator code (after {@link normaliseSecondFactorCode}). */
export function isAuthenticatorCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** True for a recovery code `xxxxx-xxxxx-xxxxx-xxxxx-xxxxx` (after {@link normaliseSecondFactorCode}). */
export function isRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{5}(-[a-z0-9]{5}){4}$/.test(code);
}

/** The base32 secret in groups of 4 for typing it into an authenticator app by hand. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}
