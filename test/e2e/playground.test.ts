import { mkdirSync } from "fs";
import type { Server } from "http";
import { join } from "path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { buildForBrowser, ROOT, type E2EBuild } from "./build";

/**
 * The playground in a real browser: the production build, served over http on a random port,
 * driven headless through Chromium. Each test opens a fresh page, works the compose window as a
 * person would, and checks what the real task pane and the real on-send file did.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium, LAUNCH_ARGS } = require("./chromium") as typeof import("./chromium");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require("../../scripts/serve") as typeof import("../../scripts/serve");

const SHOTS = join(ROOT, "test-artifacts", "e2e");
const WAIT = 15_000;

let build: E2EBuild;
let server: Server;
let base: string;
let browser: Browser;
const timings: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const started = Date.now();
  build = await buildForBrowser();
  timings.push(build.ms ? `build ${(build.ms / 1000).toFixed(1)} s` : "build reused (inputs unchanged)");
  const served = await serve({ root: build.dir, port: 0, host: "127.0.0.1" });
  server = served.server;
  base = served.url;
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium: jest.config.js should have left this file out");
  browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
  timings.push(`ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (timings.length) process.stderr.write(`playground e2e: ${timings.join("; ")}\n`);
});

interface Session {
  page: Page;
  context: BrowserContext;
  /** Script errors, failed loads and CSP violations seen by the page. */
  problems: string[];
}

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.context.close();
});

async function open(query = "", viewport = { width: 1366, height: 900 }, bypassCSP = false): Promise<Session> {
  const context = await browser.newContext({ viewport, locale: "en-GB", timezoneId: "Europe/London", reducedMotion: "reduce", bypassCSP });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  const session = { page, context, problems };
  sessions.push(session);
  await page.goto(`${base}playground.html${query}`);
  await page.getByTestId("compose").waitFor({ timeout: WAIT });
  return session;
}

const pane = (page: Page): Locator => page.getByTestId("task-pane");
const body = (page: Page): Locator => page.getByTestId("body-editor");

/** Load a sample and wait until the add-in has prepared it and the pane has judged it. */
async function loadSample(page: Page, id: string, firstWords: string): Promise<void> {
  await page.locator(`[data-sample="${id}"]`).click();
  await body(page).getByText(firstWords).first().waitFor({ timeout: WAIT });
  await pane(page)
    .getByRole("status")
    .filter({ hasText: /All clear|Check before sending|Fix before sending/ })
    .waitFor({ timeout: WAIT });
}

/** Save a screenshot: the whole page, or only the window when a dialog covers it. */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  // Let transitions (the dialog fading in, the pane's messages) settle first.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

async function send(page: Page): Promise<void> {
  await page.getByTestId("send").click();
  await page.locator('[data-testid="sent-view"], [data-testid="smart-alert"]').first().waitFor({ timeout: WAIT });
}

const dialog = (page: Page): Locator => page.getByTestId("smart-alert");

describe("the playground in Chromium", () => {
  it("sends a clean message: the waiver is appended on send and the audit header says pass", async () => {
    const { page, problems } = await open();
    await loadSample(page, "clean", "Please accept my apologies");
    await pane(page).getByText("All clear").waitFor({ timeout: WAIT });
    // The compose handler put the approved signature in the body.
    await expect(body(page).innerText()).resolves.toContain("Cllr Ahmed Khan\nLeigh-on-Sea Town Council");
    await shot(page, "01-clean-compose");
    await send(page);
    const sent = page.getByTestId("sent-view");
    await expect(sent.isVisible()).resolves.toBe(true);
    await expect(sent.locator('[data-header="X-Council-Etiquette"]').innerText()).resolves.toMatch(/verdict=pass; rules=none; policy=2021-05; stage=send/);
    const delivered = await sent.getByRole("document", { name: "Message as sent" }).innerText();
    expect(delivered).toContain("Please accept my apologies");
    expect(delivered).toMatch(/Cllr Ahmed Khan\s+Leigh-on-Sea Town Council/);
    // appendOnSendAsync's waiver, added at the very end as the message left.
    expect(delivered.trim().endsWith("disclosed under the Freedom of Information Act 2000 or data protection legislation.")).toBe(true);
    await shot(page, "02-clean-sent");
    expect(problems).toEqual([]);
  });

  it("blocks an offensive reply, quoting the council's clause, and Fix it opens the pane at the finding", async () => {
    const { page, problems } = await open();
    await loadSample(page, "offensive", "Dear Mr Green");
    // The reply quotes the resident's message under Outlook's own header block.
    await expect(body(page).locator("#divRplyFwdMsg").innerText()).resolves.toContain("Subject: Dog fouling on the cliffs path");
    await send(page);
    const alert = dialog(page);
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain("This email breaks the council's email policy.");
    // The dialog names the word without spelling it out.
    expect(text).toContain('Remove "b*******"');
    expect(text).toContain("The circulating of offensive, indecent or obscene material");
    // Rendered from Markdown: the heading line in bold, the findings as a list.
    await expect(alert.locator("strong").first().innerText()).resolves.toBe("This email breaks the council's email policy.");
    await expect(alert.locator("li").count()).resolves.toBeGreaterThan(0);
    await expect(alert.getByRole("button", { name: "Send Anyway" }).count()).resolves.toBe(0);
    await shot(page, "03-offensive-alert", false);
    await alert.getByRole("button", { name: "Fix it" }).click();
    await pane(page).getByText("Outlook stopped your message").waitFor({ timeout: WAIT });
    const finding = pane(page).locator('article[data-rule="offensive-content"]');
    await expect(finding.getByText("Stopped your send").isVisible()).resolves.toBe(true);
    await shot(page, "04-offensive-pane-from-alert");
    expect(problems).toEqual([]);
  });

  it("blocks a councillor instructing a contractor, and Don't Send leaves the draft as it was", async () => {
    const { page, problems } = await open();
    await loadSample(page, "instruction", "Hi Dave");
    await send(page);
    const alert = dialog(page);
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain("This email breaks the council's email policy.");
    expect(text).toContain("Councillors may not instruct staff or contractors.");
    expect(text).toContain("Emails which create obligations or give instructions on behalf of the Council");
    await expect(alert.getByRole("button", { name: "Send Anyway" }).count()).resolves.toBe(0);
    await shot(page, "05-instruction-alert", false);
    await alert.getByRole("button", { name: "Don't Send" }).click();
    await alert.waitFor({ state: "detached" });
    await expect(body(page).innerText()).resolves.toContain("Please go ahead and cut them back this week");
    await expect(page.getByTestId("sent-view").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it("warns about a reply-all “Thanks!”, and Send Anyway sends it with the warning in the header", async () => {
    const { page, problems } = await open();
    await loadSample(page, "reply-all", "Thanks Jane!");
    await pane(page).getByText("Check before sending").waitFor({ timeout: WAIT });
    await send(page);
    const alert = dialog(page);
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/Check (one thing|\d+ things)/);
    await shot(page, "06-reply-all-alert", false);
    await alert.getByRole("button", { name: "Send Anyway" }).click();
    const sent = page.getByTestId("sent-view");
    await sent.waitFor({ timeout: WAIT });
    await expect(sent.locator('[data-header="X-Council-Etiquette"]').innerText()).resolves.toMatch(/verdict=warn; rules=[^;]*reply-all/);
    await expect(sent.innerText()).resolves.toContain("RE: Agenda: Full Council, Monday 12 May 2025");
    await shot(page, "07-reply-all-sent-anyway");
    expect(problems).toEqual([]);
  });

  it("inserts the approved signature from the task pane into the body", async () => {
    // Without OnNewMessageCompose (as for an add-in that is sideloaded, not admin-deployed).
    const { page, problems } = await open("?compose=off");
    await loadSample(page, "clean", "Please accept my apologies");
    await expect(body(page).innerText()).resolves.not.toContain("Leigh-on-Sea Town Council");
    const signature = pane(page).locator('article[data-rule="approved-signature"]');
    await signature.waitFor({ timeout: WAIT });
    await shot(page, "08-signature-missing");
    await signature.getByRole("button", { name: "Insert the approved signature" }).click();
    await pane(page).getByText("The approved signature has been inserted.").waitFor({ timeout: WAIT });
    await expect(body(page).locator("#Signature").innerText()).resolves.toBe(
      "Cllr Ahmed Khan\nLeigh-on-Sea Town Council\n71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP\nwww.leighonseatowncouncil.gov.uk",
    );
    await signature.waitFor({ state: "detached", timeout: WAIT });
    await shot(page, "09-signature-inserted");
    expect(problems).toEqual([]);
  });

  it("updates the pane's findings as the body is edited", async () => {
    const { page, problems } = await open();
    await loadSample(page, "clean", "Please accept my apologies");
    await pane(page).getByText("All clear").waitFor({ timeout: WAIT });
    // Type at the end of the first paragraph, as a person would.
    await body(page).getByText("Dear Jane,").click();
    await page.keyboard.press("End");
    await page.keyboard.type(" What a load of shit this agenda is.");
    const finding = pane(page).locator('article[data-rule="offensive-content"]');
    await finding.waitFor({ timeout: WAIT });
    await expect(pane(page).getByText("Fix before sending").isVisible()).resolves.toBe(true);
    await shot(page, "10-edited-offensive");
    for (let i = 0; i < " What a load of shit this agenda is.".length; i++) await page.keyboard.press("Backspace");
    await finding.waitFor({ state: "detached", timeout: WAIT });
    await pane(page).getByText("All clear").waitFor({ timeout: WAIT });
    expect(problems).toEqual([]);
  });

  it("lays out at the narrowest task pane and on a small screen", async () => {
    const { page, problems } = await open("?pane=320", { width: 1024, height: 800 });
    await loadSample(page, "residents-cc", "Dear neighbours");
    await pane(page).locator('article[data-rule="visible-recipients"]').waitFor({ timeout: WAIT });
    const width = await pane(page).evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.round(width)).toBe(320);
    // Nothing in the pane is wider than the pane.
    const overflow = await pane(page).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "11-pane-320");
    await page.setViewportSize({ width: 700, height: 900 });
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    await shot(page, "12-small-screen");
    expect(problems).toEqual([]);
  });

  it("has no accessibility violations that axe can find, composing or in the Smart Alerts dialog", async () => {
    // axe is injected as a script of its own, which the page's CSP rightly refuses: this test alone bypasses it.
    const { page, problems } = await open("", { width: 1366, height: 900 }, true);
    await loadSample(page, "reply-all", "Thanks Jane!");
    const audit = async (): Promise<string[]> => {
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      const results = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      });
      return results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    };
    expect(await audit()).toEqual([]);
    await send(page);
    await dialog(page).waitFor();
    expect(await audit()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
