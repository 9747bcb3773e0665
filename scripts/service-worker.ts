/**
 * The last build step: writes the service worker (sw.js) with vite-plugin-pwa once the pages are
 * prerendered, so the precache lists the final HTML of every route with its revision. Run inside
 * `vite build` the plugin would see only the empty index.html template.
 */
import { resolveConfig } from 'vite';
import { VitePWA, type VitePluginPWAAPI } from 'vite-plugin-pwa';
import { serviceWorkerOptions } from './service-worker-options.ts';

// The project's Vite config (base path, output folder) plus the plugin.
const config = await resolveConfig(
  { plugins: [VitePWA(serviceWorkerOptions)] },
  'build',
  'production',
);
const pwa = config.plugins.find((plugin) => plugin.name === 'vite-plugin-pwa')?.api as
  VitePluginPWAAPI | undefined;
if (!pwa || pwa.disabled) throw new Error('vite-plugin-pwa is missing or disabled');
// Prints the number and size of the precached files.
await pwa.generateSW();
