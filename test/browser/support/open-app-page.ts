import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from './launch-browser';
import { startApp, type RunningApp } from './start-app';

/** Where browser tests write their screenshots. */
export const SCREENSHOTS = 'test-results';

export type AppPage = { app: RunningApp; browser: LaunchedBrowser; page: Page; close(): Promise<void> };

/** The app on a test database and a Chromium page to drive it: where every browser test starts. */
export async function openAppPage(options: { databaseUrl: string; env?: Record<string, string | undefined> }): Promise<AppPage> {
  const app = await startApp(options);
  try {
    const browser = await launchBrowser();
    const page = await browser.context.newPage();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    return {
      app,
      browser,
      page,
      close: async () => {
        await browser.close();
        await app.stop();
      },
    };
  } catch (error) {
    await app.stop();
    throw error;
  }
}
