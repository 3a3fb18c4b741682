// @ts-check
// The one place that finds the Chromium every browser check uses (tests, dist and host checks,
// the browser benchmark): the project never downloads a browser.
import { execFileSync } from 'node:child_process';

/** CHROME_PATH wins; otherwise the first chromium / chrome found on PATH. */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      if (found) return found;
    } catch {
      // not on PATH: try the next name
    }
  }
  throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');
}
