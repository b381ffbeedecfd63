/**
 * The Content-Security-Policy of the built app, added to index.html as a meta tag at build time
 * (Vite's dev server injects inline scripts for hot reload, so it is not applied in dev).
 * Servers should send the same policy as a header, plus `frame-ancestors`, which a meta tag
 * cannot set and which is the deployer's choice because embedding is a feature (README).
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // No inline script and no eval: every script is a file of this origin.
  "script-src 'self'",
  "worker-src 'self'",
  // Svelte sets positions through style attributes; style sheets still come from this origin only.
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  // Canvas and SVG exports are drawn through blob: and data: images.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The embed dialog previews the timeline itself.
  "frame-src 'self'",
  // Event preview pages point their base at the app root.
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
