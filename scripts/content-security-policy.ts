import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Cytoscape puts one <style> element into <head> on start-up (its renderer's
 * `.__________cytoscape_container { position: relative; }`, cytoscape 3.x). A style element is
 * inline style to CSP, so instead of `'unsafe-inline'` the policy allows exactly this text by its
 * hash. React's `style={...}` props do not need 'unsafe-inline': React sets them through the CSSOM
 * (element.style), which CSP does not govern; only style attributes in markup and <style>
 * elements are. If a Cytoscape upgrade changes the text, e2e/security.spec.ts reports the violation.
 */
export const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The app's Content-Security-Policy. Everything comes from the app's own origin; no inline or
 * eval'd script; workers only from the app's own files; no plugins; no <base> rewriting; forms
 * post nowhere. `data:` and `blob:` images cover the favicon and any exported picture.
 * frame-ancestors cannot be set from a <meta> tag: a server should send it as a header.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    `style-src 'self' ${sha256(CYTOSCAPE_STYLESHEET)}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Puts the policy into the built index.html right after <meta charset> (which must stay first),
 * before every script and stylesheet it governs. Build only (`apply: 'build'`): the dev server
 * injects inline scripts and styles for hot module replacement, which the policy would block.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'arc-studio:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html needs <meta charset="UTF-8" /> for the Content-Security-Policy to follow');
      return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`);
    },
  };
}
