/** Debian's Chromium, as the browser tests and the web bench drive it; CI installs it (`.ci/run`). */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, without GPU. No swiftshader flag: it breaks WebGL in headless Chromium. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
