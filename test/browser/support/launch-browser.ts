import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium: Playwright's own browser download is not reachable here (nor in CI). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type LaunchedBrowser = {
  context: BrowserContext;
  /** Content-Security-Policy violations any page reported so far (close() fails when there are any). */
  cspViolations: string[];
  close: () => Promise<void>;
};

/** Headless Chromium with a fresh profile directory, removed again by close(). */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'statescope-chromium-'));
  // A persistent context is how Playwright takes a --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    timezoneId: 'UTC',
  });
  // Every browser test doubles as a check that the app works under its own CSP: a blocked script,
  // style or connection shows as a console error naming the policy.
  const cspViolations: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(`${message.location().url}: ${message.text()}`);
  });
  return {
    context,
    cspViolations,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
      if (cspViolations.length > 0) throw new Error(`The pages broke their Content-Security-Policy:\n${cspViolations.join('\n')}`);
    },
  };
}
