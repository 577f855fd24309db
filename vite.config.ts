import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './scripts/content-security-policy';

export default defineConfig({
  plugins: [react(), contentSecurityPolicyPlugin()],
  worker: { format: 'es' },
  // No source maps in a production build unless asked (SOURCEMAP=1 npm run build): they publish
  // the whole source next to the app and double the size of what is deployed.
  build: { target: 'es2022', sourcemap: process.env.SOURCEMAP === '1' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
