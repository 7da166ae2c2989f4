/**
 * The access link: a random token printed at start. Opening any page with `?token=<token>`
 * sets an HttpOnly, SameSite=Strict cookie and redirects to the same address without the
 * token; the API answers only requests that carry the cookie. Other sites' pages and other
 * local users' browsers do not have it, so they cannot use the credentials.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The secrets of one run of the server. */
export interface Access {
  /** In the printed link (`?token=`). */
  token: string;
  /** The cookie's name: per port, so that two consoles on one machine keep their own. */
  cookieName: string;
  /** The cookie's value (another random value: the link's token is never stored in the browser). */
  cookieValue: string;
}

/** Fresh secrets for a server on `port`: 32 random bytes each, hex. */
export function newAccess(port: number): Access {
  return {
    token: randomBytes(32).toString('hex'),
    cookieName: `tm-console-access-${port}`,
    cookieValue: randomBytes(32).toString('hex'),
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** True when the request carries the access cookie. */
export function hasAccessCookie(request: IncomingMessage, access: Access): boolean {
  const header = request.headers.cookie ?? '';
  return header.split(';').some((pair) => {
    const at = pair.indexOf('=');
    return (
      at > 0 &&
      pair.slice(0, at).trim() === access.cookieName &&
      same(pair.slice(at + 1).trim(), access.cookieValue)
    );
  });
}

/**
 * For a page address with the right `token`: the redirect (the same address without the
 * token) and the cookie to set. Undefined without a token or with a wrong one.
 *
 * @example tokenRedirect('/sessions?token=abc&x=1', access) // { location: '/sessions?x=1', cookie: 'tm-console-access-8080=…; HttpOnly; SameSite=Strict; Path=/' }
 */
export function tokenRedirect(
  target: string,
  access: Access,
): { location: string; cookie: string } | undefined {
  const url = new URL(target, 'http://console.invalid');
  const given = url.searchParams.get('token');
  if (given === null || !same(given, access.token)) return undefined;
  url.searchParams.delete('token');
  return {
    location: `${url.pathname}${url.search}`,
    cookie: `${access.cookieName}=${access.cookieValue}; HttpOnly; SameSite=Strict; Path=/`,
  };
}
