import { chromium } from '@playwright/test';
import { preview } from 'vite';
const server = await preview({ logLevel: 'warn', preview: { port: 4391, strictPort: true }, build: { outDir: 'node_modules/.cache/arc-studio-e2e' } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript('window.__name = (f) => f;');
await page.goto('http://localhost:4391/');
await page.getByTestId('conflict-count').filter({ hasText: /^\d+$/ }).waitFor();
await page.getByRole('region', { name: 'Events' }).getByRole('option', { name: "The storm takes Tomas's boat" }).first().click();
await page.getByRole('button', { name: 'Show impact' }).click();
await page.waitForTimeout(2500);
console.log(await page.evaluate(() => {
  const base = (document.querySelector('.cy') as any)._cyreg.cy;
  const layer = (document.querySelector('.ripple-layer') as any)._cyreg.cy;
  const e = base.getElementById('sc-storm->sc-vigil');
  return { baseEdge: e.nonempty() ? [e.source().id(), e.target().id(), e.classes()] : null, layerEdges: layer.edges().map((x: any) => x.id()), layerNodes: layer.nodes().map((x: any) => x.id()), edgesTo: base.getElementById('sc-storm').edgesTo(base.getElementById('sc-vigil')).length };
}));
await browser.close();
server.httpServer.close();
