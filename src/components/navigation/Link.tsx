import type { AnchorHTMLAttributes } from 'react';
import { followLink } from './router';

/** An ordinary link that navigates inside the app without reloading it. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        onClick?.(event);
        followLink(event);
      }}
      {...rest}
    />
  );
}
