import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built console: scripts, styles, workers and requests from
 * the console's own origin only (no inline script or style, no eval).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Adds the policy to `index.html` as a `<meta http-equiv>` tag, in the production build only.
 * Why: the dev server injects inline styles and its hot-reload client, which the policy forbids,
 * so the policy lives in the build rather than in `index.html` (no tag to find and strip in dev).
 *
 * @example plugins: [contentSecurityPolicyInBuild()] // dist/index.html gets the meta tag; `vite` serves none
 */
export function contentSecurityPolicyInBuild(): Plugin {
  return {
    name: 'content-security-policy-in-build',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
