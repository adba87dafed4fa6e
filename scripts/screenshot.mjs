/**
 * Screenshots and a PDF of an HTML report in headless Chromium (Debian's chromium, driven by
 * playwright-core), for the README picture and for reading the report as a delegate would.
 *
 *   node scripts/screenshot.mjs out/report.html docs/report-screenshot.png [out/report.pdf]
 */

import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [html, png, pdf] = process.argv.slice(2);
if (!html || !png) {
  console.error("usage: node scripts/screenshot.mjs REPORT.html SHOT.png [REPORT.pdf]");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const args = process.getuid?.() === 0 ? ["--no-sandbox"] : [];
const browser = await chromium.launch({ executablePath, args });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(resolve(html)).href);
  const clip = process.env.CLIP_SELECTOR;
  if (clip) await page.locator(clip).first().screenshot({ path: png });
  else await page.screenshot({ path: png });
  if (pdf) await page.pdf({ path: pdf, format: "A4", printBackground: true });
} finally {
  await browser.close();
}
