import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { parseDocument } from "htmlparser2";
import { defaultPolicy } from "../../src/policy";
import { HANDLER_NAMES } from "../../src/launchevent/names";
import { FIX_COMMAND_ID } from "../../src/outlook/smart-alert";
import { ROOT, TEST_URL, buildOnce, type Build } from "../launchevent/build";
/* eslint-disable @typescript-eslint/no-require-imports */
const { checkManifest, inspectOnSendFile, MAX_MANIFEST_BYTES } = require("../../scripts/manifest-checks") as typeof import("../../scripts/manifest-checks");
const support = require("../../scripts/build-support") as typeof import("../../scripts/build-support");
/* eslint-enable @typescript-eslint/no-require-imports */

let build: Build;
beforeAll(async () => {
  build = await buildOnce("production");
}, 300_000);

const read = (file: string) => readFileSync(join(build.dir, file), "utf8");

function allFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) allFiles(path, out);
    else out.push(path);
  }
  return out;
}

describe("the production build (npm run build -- --env url=…)", () => {
  it("writes the add-in: manifest, pages, scripts, icons, policy and Office.js", () => {
    for (const file of ["manifest.xml", "taskpane.html", "taskpane.js", "launchevent.html", "launchevent.js", "policy.json", "office/office.js", "office/outlook-web-16.01.js", "office/outlook-win32-16.02.js", "office/outlook-mac-16.00.js", "office/en-gb/outlook_strings.js", "office/en-us/office_strings.js"]) {
      expect(existsSync(join(build.dir, file))).toBe(true);
    }
    for (const size of [16, 32, 64, 80, 128]) expect(existsSync(join(build.dir, `assets/icon-${size}.png`))).toBe(true);
    // Only what Outlook needs of Office.js, not Excel's, Word's or the debug builds.
    const office = allFiles(join(build.dir, "office")).map((f) => relative(join(build.dir, "office"), f));
    expect(office.some((f) => /^(excel|word|powerpoint|onenote|project)/.test(f) || f.endsWith(".debug.js"))).toBe(false);
  });

  it("the built manifest passes every offline check against the built on-send file", async () => {
    const xml = read("manifest.xml");
    const { registered, commandIds } = await inspectOnSendFile(read("launchevent.js"));
    expect(registered.sort()).toEqual(Object.values(HANDLER_NAMES).sort());
    expect(commandIds).toEqual([FIX_COMMAND_ID]);
    const problems = checkManifest(xml, {
      baseUrl: TEST_URL,
      registeredFunctions: registered,
      commandIds,
      readUrl: (url) => {
        const file = join(build.dir, url.slice(TEST_URL.length));
        return url.startsWith(TEST_URL) && existsSync(file) ? readFileSync(file) : undefined;
      },
    });
    expect(problems).toEqual([]);
    expect(Buffer.byteLength(xml)).toBeLessThan(MAX_MANIFEST_BYTES);
  });

  it("rewrites every URL to the hosting address, keeps SoftBlock, and drops the development comments", () => {
    const xml = read("manifest.xml");
    const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(TEST_URL)).toBe(true);
    expect(xml).toContain('SendMode="SoftBlock"');
    expect(xml).not.toContain("<!--");
  });

  it("leaves no development address in any page, script or data file", () => {
    for (const file of allFiles(build.dir)) {
      if (/\.(png)$/.test(file)) continue;
      expect({ file: relative(build.dir, file), localhost: readFileSync(file, "utf8").includes("localhost") }).toEqual({ file: relative(build.dir, file), localhost: false });
    }
    // The on-send file fetches the policy from the hosting address (absolute: classic Outlook needs it).
    expect(read("launchevent.js")).toContain(`${TEST_URL}policy.json`.slice(0, -"policy.json".length));
  });

  it.each(["taskpane.html", "launchevent.html"])("%s loads only its own scripts, under a strict Content-Security-Policy", (page) => {
    const doc = parseDocument(read(page));
    const elements: { name: string; attribs: Record<string, string>; children: unknown[] }[] = [];
    const visit = (n: { type?: string; children?: unknown[] }) => {
      if (n.type === "tag" || n.type === "script") elements.push(n as never);
      for (const c of n.children ?? []) visit(c as never);
    };
    visit(doc as never);
    const scripts = elements.filter((e) => e.name === "script");
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const s of scripts) {
      expect(s.attribs.src).toMatch(/^[a-z][\w/.-]*\.js$/); // relative: served beside the page
      expect(s.children).toEqual([]); // no inline script
    }
    expect(scripts[0].attribs.src).toBe("office/office.js");
    const csp = elements.find((e) => e.name === "meta" && e.attribs["http-equiv"] === "Content-Security-Policy")?.attribs.content ?? "";
    const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
  });

  it("ships the council's policy, validated, as policy.json", () => {
    const policy = JSON.parse(read("policy.json"));
    expect(policy.$schema).toBeUndefined();
    expect(policy.version).toBe(defaultPolicy().version);
    expect(policy.council.name).toBe(defaultPolicy().council.name);
  });
});

describe("build options", () => {
  it("takes the hosting address from --env url or ADDIN_URL, --env first, and normalises it", () => {
    expect(support.buildOptions({ url: "https://addins.example.gov.uk/etiquette" }, { mode: "production" }, {}).baseUrl).toBe("https://addins.example.gov.uk/etiquette/");
    expect(support.buildOptions({}, {}, { ADDIN_URL: "https://mail.council.gov.uk/addin/" }).baseUrl).toBe("https://mail.council.gov.uk/addin/");
    expect(support.buildOptions({ url: "https://a.gov.uk/" }, {}, { ADDIN_URL: "https://b.gov.uk/" }).baseUrl).toBe("https://a.gov.uk/");
    expect(support.buildOptions({}, { mode: "development" }, {})).toMatchObject({ dev: true, baseUrl: support.DEV_URL, sendMode: "SoftBlock" });
  });

  it("refuses an address Outlook would refuse", () => {
    expect(() => support.buildOptions({ url: "http://addins.example.gov.uk/" }, {}, {})).toThrow(/https/);
    expect(() => support.buildOptions({ url: "addins.example.gov.uk" }, {}, {})).toThrow(/not a URL/);
    expect(() => support.buildOptions({ url: "https://a.gov.uk/?x=1" }, {}, {})).toThrow(/query/);
  });

  it("chooses the send mode: SoftBlock by default, Block for admin deployments", () => {
    expect(support.buildOptions({ sendMode: "Block" }, {}, {}).sendMode).toBe("Block");
    expect(support.buildOptions({}, {}, { ADDIN_SEND_MODE: "block" }).sendMode).toBe("Block");
    expect(() => support.buildOptions({ sendMode: "Hard" }, {}, {})).toThrow(/Unknown send mode/);
  });

  it("rewrites the manifest: URLs, send mode, no comments", () => {
    const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const out = support.rewriteManifest(xml, { baseUrl: "https://mail.council.gov.uk/addin/", sendMode: "Block" });
    expect(out).toContain('<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="Block"/>');
    expect(out).not.toContain("localhost");
    expect(out).not.toContain("<!--");
    expect(out).toContain('<bt:Url id="RuntimeJs.Url" DefaultValue="https://mail.council.gov.uk/addin/launchevent.js"/>');
    expect(() => support.rewriteManifest(xml.replace(/<LaunchEvent Type="OnMessageSend"[^>]*\/>/, ""), { baseUrl: "https://a/", sendMode: "Block" })).toThrow(/OnMessageSend/);
  });

  it("validates the policy file at build time, refusing a broken one with its path", () => {
    const dir = mkdtempSync(join(tmpdir(), "etq-policy-"));
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ $schema: "x", ...JSON.parse(JSON.stringify(defaultPolicy())), version: "2026-01" }));
    expect(JSON.parse(support.validatedPolicyJson(good))).toMatchObject({ version: "2026-01" });
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(JSON.stringify(defaultPolicy())), waiver: { text: "short" } }));
    expect(() => support.validatedPolicyJson(bad)).toThrow(/waiver\.text/);
  });
});
