import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyPlugin, CYTOSCAPE_STYLESHEET } from './content-security-policy';

describe('the Content-Security-Policy of the built app', () => {
  it('allows by hash exactly the stylesheet the installed Cytoscape inserts', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('cytoscape'), 'utf8');
    const className = /var className = '([^']+)';/.exec(source)?.[1];
    expect(source).toContain("stylesheet.textContent = '.' + className + ' { position: relative; }';");
    expect(`.${className} { position: relative; }`).toBe(CYTOSCAPE_STYLESHEET);
  });

  it('forbids inline and eval script, foreign workers, plugins and <base>', () => {
    const directives = new Map(contentSecurityPolicy().split('; ').map((d) => [d.split(' ')[0], d] as const));
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('worker-src')).toBe("worker-src 'self'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('is put into the built page right after <meta charset>, and only at build time', () => {
    const plugin = contentSecurityPolicyPlugin();
    expect(plugin.apply).toBe('build');
    const transform = plugin.transformIndexHtml as IndexHtmlTransformHook;
    const html = '<head>\n    <meta charset="UTF-8" />\n    <title>x</title>';
    const out = transform.call({} as never, html, { path: '/index.html', filename: 'index.html' }) as string;
    expect(out).toBe(
      `<head>\n    <meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />\n    <title>x</title>`,
    );
  });
});
