export const MIN_PASSWORD_LENGTH = 10;
/** 3–40 of [a-z0-9-], not starting or ending with a hyphen (the server's rule). */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
