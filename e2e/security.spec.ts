import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { OUT_DIR } from '../playwright.config';
import { StudioPage } from './pages/studio-page';

// The built app under its Content-Security-Policy: the policy is there, it is enforced, and a
// short session (open, select an event, show impact) trips none of it.

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations: Violation[];
  }
}

test.beforeEach(async ({ page }) => {
  // Init scripts run before the app's own and are not subject to its policy.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
});

const violations = (page: import('@playwright/test').Page): Promise<Violation[]> => page.evaluate(() => window.__cspViolations);

test('the built app runs a session under its Content-Security-Policy without a violation', async ({ page }) => {
  const cspConsole: string[] = [];
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) cspConsole.push(m.text());
  });
  const studio = new StudioPage(page);
  await studio.open();

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');

  const first = studio.events.getByRole('option').first();
  await first.click();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await studio.showImpact();
  await expect(studio.impact.getByTestId('impact-body')).toBeVisible();

  // Printing the review report styles it without an inline <style> (which the policy refuses).
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('button', { name: 'Print report', exact: true }).click();
  await expect(page.getByTestId('print-report').locator('.report h1')).toHaveCSS('font-size', '25.6px');

  expect(await violations(page)).toEqual([]);
  expect(cspConsole).toEqual([]);

  // The other specs' accessibility checks inject axe-core into this page: the policy must not stop them.
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The policy is enforced, not only present: an injected inline script is blocked and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  await expect.poll(async () => (await violations(page)).map((v) => v.directive)).toEqual(['script-src-elem']);
  expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
});

test('the production build ships no source maps', () => {
  const files = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' });
  expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
  expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  const scripts = files.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(1);
  for (const f of scripts) expect(readFileSync(join(OUT_DIR, f), 'utf8')).not.toContain('sourceMappingURL=');
});
