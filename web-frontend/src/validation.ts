export const MIN_PASSWORD_LENGTH = 10;
/** 3–40 of [a-z0-9-], not starting or ending with a hyphen (the server's rule). */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** Fewest and most digits of a phone number (the server's rule). */
export const PHONE_DIGITS_MIN = 5;
export const PHONE_DIGITS_MAX = 20;

/**
 * A phone number as people write it (the server's rule): digits, spaces, `-`, `/`, `(`, `)`, `.`, and `+` only at
 * the start; 5 to 20 digits. "+49 30 1234567", "(030) 123-4567", "030/1234567". An empty value is no phone number:
 * the field is optional, the caller leaves it out.
 */
export function isPhone(value: string): boolean {
  const s = value.trim();
  if (!/^\+?[\d\s\-/().]+$/.test(s)) return false;
  const digits = s.replace(/\D/g, '').length;
  return digits >= PHONE_DIGITS_MIN && digits <= PHONE_DIGITS_MAX;
}
