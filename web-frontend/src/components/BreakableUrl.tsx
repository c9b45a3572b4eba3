import { Fragment } from 'react';

/**
 * Splits an address into pieces after which a line may break: after `/`, `.`, `-`, `?`, `=`, `&` and `//`
 * ("https://", "/portal/", "login?", "shop=", "baeckerei-", "mueller"). Joined, the pieces are the address again.
 */
export function urlBreakPieces(url: string): string[] {
  return url.split(/(?<=[/.\-?=&])(?![/])/).filter((p) => p !== '');
}

/**
 * An address that wraps at sensible points (`<wbr>` after `/`, `.`, `-`, `?`, `=`, `&`) instead of mid-word; a piece
 * that is still too long for the line breaks anywhere as a last resort. Copying selects the whole address.
 */
export function BreakableUrl({ url }: { url: string }) {
  return (
    <>
      {urlBreakPieces(url).map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}

/** CSS for a {@link BreakableUrl}: break at the `<wbr>`s, mid-word only when one piece is longer than the line. */
export const BREAKABLE_URL_STYLE = { overflowWrap: 'anywhere', wordBreak: 'normal' } as const;
