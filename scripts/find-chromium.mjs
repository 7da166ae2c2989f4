/**
 * Makes sure a Chromium exists for the e2e suite: CHROMIUM_PATH, else /usr/bin/chromium, else
 * Playwright's own browser. When there is none it installs Debian's package (as root on
 * Debian) or says exactly how to get one, and fails.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

async function playwrightOwnChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export async function ensureChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const own = await playwrightOwnChromium();
  if (own) return own;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian package "chromium" (apt-get install -y chromium)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    [
      'No Chromium browser was found for the end-to-end tests. Get one of these:',
      '  - on Debian or Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      '  - anywhere with internet access: npx playwright install chromium',
      '  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
}
