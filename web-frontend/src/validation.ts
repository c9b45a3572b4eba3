export const MIN_PASSWORD_LENGTH = 10;
/** 3–40 of [a-z0-9-], not starting or ending with a hyphen (the server's rule). */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** Fewest and most digits of a phone number (the server's rule). */
export const PHONE_MIN_DIGITS = 5;
export const PHONE_MAX_DIGITS = 20;
export const PHONE_DIGITS_MIN = PHONE_MIN_DIGITS;
export const PHONE_DIGITS_MAX = PHONE_MAX_DIGITS;

/**
 * A phone number as staff type it: digits with spaces, `-`, `/`, `.` and brackets, a `+` only in front, 5–20 digits
 * (the server's rule, `PhoneNumber.looksValid`). Blank is not a phone number; the caller decides whether it is optional.
 */
export function isPhone(value: string): boolean {
  const p = value.trim();
  if (!/^\+?[0-9 ()./-]+$/.test(p)) return false;
  const digits = p.replace(/[^0-9]/g, '').length;
  return digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS;
}
