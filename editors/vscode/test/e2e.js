// Drives code-server in headless Chromium as a user would: open a Markdown file, read the
// diagnostic from its hover, open the quick fixes (Ctrl+.) and apply the preferred one.
// Environment: OW_URL (code-server, with ?folder=), OW_FILE (file name to open), OW_CHROMIUM,
// OW_OUT (JSON written here), OW_SHOTS (folder for screenshots).
"use strict";

const fs = require("fs");
const path = require("path");
const puppeteer = require("puppeteer-core");

const env = (name) => {
  if (!process.env[name]) throw new Error(`${name} is not set`);
  return process.env[name];
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const text = (page, selector) =>
  page.$$eval(selector, (nodes) => nodes.map((n) => n.innerText.replace(/\u00a0/g, " ")));

async function chord(page, modifiers, key) {
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
}

async function main() {
  const out = { steps: [] };
  const shots = env("OW_SHOTS");
  const browser = await puppeteer.launch({
    executablePath: env("OW_CHROMIUM"),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,800"],
    defaultViewport: { width: 1280, height: 800 },
  });
  try {
    const page = await browser.newPage();
    await page.goto(env("OW_URL"), { waitUntil: "domcontentloaded", timeout: 120000 });
    await page.waitForSelector(".monaco-workbench .part.editor", { timeout: 120000 });
    out.steps.push("workbench");
    await sleep(2000); // let the workbench finish restoring before typing into it

    await chord(page, ["Control"], "KeyP");
    await page.waitForSelector(".quick-input-widget input", { visible: true, timeout: 30000 });
    await page.keyboard.type(env("OW_FILE"));
    await page.waitForSelector(".quick-input-widget .monaco-list-row", { visible: true, timeout: 30000 });
    await sleep(500);
    await page.keyboard.press("Enter");
    await page.waitForSelector(".monaco-editor .view-lines", { visible: true, timeout: 30000 });
    out.steps.push("opened");

    const squiggle = await page.waitForSelector(".squiggly-warning, .squiggly-error", { timeout: 120000 });
    out.steps.push("diagnostic");
    await squiggle.hover();
    await page.waitForSelector(".monaco-hover .hover-contents", { visible: true, timeout: 30000 });
    await sleep(500);
    out.hover = (await text(page, ".monaco-hover .hover-row")).join("\n");
    await page.screenshot({ path: path.join(shots, "1-diagnostic-hover.png") });

    // Put the cursor on the claim and ask for the fixes, as Ctrl+. does.
    await page.keyboard.press("Escape");
    // The editor redraws its decorations now and then: look the squiggle up until it has a box.
    const box = await page.waitForFunction(
      () => {
        for (const node of document.querySelectorAll(".squiggly-warning, .squiggly-error")) {
          const r = node.getBoundingClientRect();
          if (r.width > 0 && r.height > 0) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        return null;
      },
      { timeout: 30000, polling: 100 }
    );
    const { x, y } = await box.jsonValue();
    await page.mouse.click(x, y);
    await sleep(300);
    await chord(page, ["Control"], "Period");
    await page.waitForSelector(".action-widget .monaco-list-row", { visible: true, timeout: 30000 });
    await sleep(500);
    out.actions = await text(page, ".action-widget .monaco-list-row.action");
    await page.screenshot({ path: path.join(shots, "2-quick-fixes.png") });
    out.steps.push("quick fixes");

    // The preferred fix is the first entry: apply it and read the line back.
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => !document.querySelector(".squiggly-warning, .squiggly-error"),
      { timeout: 60000 }
    );
    out.lines = await text(page, ".monaco-editor .view-lines .view-line");
    await page.screenshot({ path: path.join(shots, "3-fixed.png") });
    out.steps.push("fixed");
  } finally {
    fs.writeFileSync(env("OW_OUT"), JSON.stringify(out, null, 2));
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
