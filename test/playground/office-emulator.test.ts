/**
 * @jest-environment jsdom
 */
import { readFileSync } from "fs";
import { join } from "path";
import { baseUrlOf, handlerFor, parseManifest } from "../../src/playground/manifest";
import { EMPTY_LINE, OfficeEmulator, compareVersions, type AsyncResult } from "../../src/playground/office-emulator";
import { quotedHistory, inbox, identitiesFromPolicy } from "../../src/playground/samples";
import { runSend } from "../../src/playground/send";
import { defaultPolicy } from "../../src/policy";

const ME = { displayName: "Cllr Peter Smith", emailAddress: "cllr.smith@leighonseatowncouncil.gov.uk" };
const manifest = parseManifest(readFileSync(join(__dirname, "../../manifest.xml"), "utf8"));

/** Call an Office-style async method and resolve with its result. */
function call<T>(invoke: (callback: (r: AsyncResult<T>) => void) => void): Promise<AsyncResult<T>> {
  return new Promise((resolve) => invoke(resolve));
}

function setup(requirementSet = "1.15") {
  const emulator = new OfficeEmulator({ userProfile: ME, requirementSet, latencyMs: 0 });
  const item = emulator.compose({ from: ME, to: [{ displayName: "Jane Bennett", emailAddress: "clerk@leighonseatowncouncil.gov.uk" }], subject: "Hello" });
  const office = emulator.office;
  const api = office.context.mailbox.item as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  return { emulator, item, office, api };
}

describe("the manifest, read as Outlook reads it", () => {
  it("finds the handlers, send mode, runtime script and the pane's command", () => {
    expect(handlerFor(manifest, "OnMessageSend")).toEqual({ type: "OnMessageSend", functionName: "onMessageSendHandler", sendMode: "SoftBlock" });
    expect(handlerFor(manifest, "OnNewMessageCompose")?.functionName).toBe("onNewMessageComposeHandler");
    expect(manifest.runtimeJsUrl).toBe("https://localhost:3000/launchevent.js");
    expect(baseUrlOf(manifest)).toBe("https://localhost:3000/");
    expect(manifest.composeControls).toEqual([{ id: "EtqComposeOpenPane", label: "Check etiquette", taskpaneUrl: "https://localhost:3000/taskpane.html" }]);
    expect(manifest.extendedPermissions).toEqual(["AppendOnSend"]);
  });
});

describe("the emulated Office.js", () => {
  it("compares requirement sets as numbers", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    const { office } = setup("1.13");
    expect(office.context.requirements.isSetSupported("Mailbox", "1.13")).toBe(true);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.14")).toBe(false);
    expect(office.context.requirements.isSetSupported("Mailbox", 1.1)).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.1")).toBe(false);
  });

  it("calls back asynchronously, with asyncContext, and reads the body as Outlook on the web wraps it", async () => {
    const { api } = setup();
    let sync = true;
    const result = await call<string>((cb) => {
      api.body.getAsync("html", { asyncContext: 42 }, (r: AsyncResult<string>) => {
        expect(sync).toBe(false);
        cb(r);
      });
      sync = false;
    });
    expect(result).toMatchObject({ status: "succeeded", asyncContext: 42 });
    expect(result.value).toMatch(/^<html><head>.*<body dir="ltr"><div class="elementToProof"><br><\/div><\/body><\/html>$/);
    const bad = await call<string>((cb) => api.body.getAsync("rtf", cb));
    expect(bad).toMatchObject({ status: "failed", error: { name: "InvalidFormatError" } });
  });

  it("puts the signature in its own block above the quoted history, and replaces it the second time", async () => {
    const { emulator } = setup();
    const mail = inbox(identitiesFromPolicy(defaultPolicy()))[1];
    const item = emulator.compose({ from: ME, bodyHtml: EMPTY_LINE + quotedHistory(mail), composeType: "reply" });
    const before = item.bodyVersion;
    const reply = emulator.office.context.mailbox.item as ReturnType<typeof setup>["api"];
    await call((cb) => reply.body.setSignatureAsync("<div>Cllr Peter Smith</div>", { coercionType: "html" }, cb));
    expect(item.bodyVersion).toBe(before + 1);
    expect(item.bodyHtml).toMatch(
      /^<div class="elementToProof"><br><\/div><div id="Signature"><div>Cllr Peter Smith<\/div><\/div><div id="appendonsend"><\/div><hr/,
    );
    await call((cb) => reply.body.setSignatureAsync("Cllr P Smith\nLeigh", { coercionType: "text" }, cb));
    expect(item.bodyHtml.match(/id="Signature"/g)).toHaveLength(1);
    expect(item.bodyHtml).toContain('<div id="Signature">Cllr P Smith<br>Leigh</div>');
  });

  it("appends on send only, within 5,000 characters, and only with the AppendOnSend permission", async () => {
    const { emulator, item, api } = setup();
    expect((await call((cb) => api.body.appendOnSendAsync("<p>Waiver</p>", { coercionType: "html" }, cb))).status).toBe("succeeded");
    expect(item.bodyHtml).not.toContain("Waiver");
    expect(item.finalBodyHtml()).toMatch(/<p>Waiver<\/p>$/);
    expect(await call((cb) => api.body.appendOnSendAsync("x".repeat(5001), { coercionType: "html" }, cb))).toMatchObject({
      status: "failed",
      error: { name: "DataExceedsMaximumSize" },
    });
    await call((cb) => api.body.appendOnSendAsync(null, { coercionType: "html" }, cb));
    expect(item.finalBodyHtml()).not.toContain("Waiver");
    emulator.extendedPermissions = [];
    expect((await call((cb) => api.body.appendOnSendAsync("<p>W</p>", { coercionType: "html" }, cb))).status).toBe("failed");
  });

  it("keeps sessionData within its 50,000 characters, and headers, recipients and events", async () => {
    const { item, api } = setup();
    await call((cb) => api.sessionData.setAsync("etq.a", "1", cb));
    expect((await call<Record<string, string>>((cb) => api.sessionData.getAllAsync(cb))).value).toEqual({ "etq.a": "1" });
    expect(await call((cb) => api.sessionData.setAsync("big", "x".repeat(50_000), cb))).toMatchObject({ status: "failed" });
    await call((cb) => api.internetHeaders.setAsync({ "X-Council-Etiquette": "v=1; verdict=pass" }, cb));
    expect(item.headers.get("X-Council-Etiquette")).toBe("v=1; verdict=pass");

    const changes: unknown[] = [];
    await call((cb) => api.addHandlerAsync("olkRecipientsChanged", (e: unknown) => changes.push(e), cb));
    await call((cb) => api.cc.setAsync([{ displayName: "Tom", emailAddress: "tom@example.org" }], cb));
    await new Promise((r) => setTimeout(r, 5));
    expect(changes).toEqual([{ type: "olkRecipientsChanged", changedRecipientFields: { to: false, cc: true, bcc: false } }]);
    expect((await call((cb) => api.to.setAsync([{ displayName: "nobody" }], cb))).status).toBe("failed");
  });

  it("has sensitivity labels only from Mailbox 1.13, and no pane context unless a dialog gave one", async () => {
    expect(setup("1.12").api.sensitivityLabel).toBeUndefined();
    const { item, api } = setup("1.13");
    expect(api.sensitivityLabel).toBeDefined();
    expect((await call((cb) => api.getInitializationContextAsync(cb))).status).toBe("failed");
    item.initializationContext = '{"v":1}';
    expect((await call((cb) => api.getInitializationContextAsync(cb))).value).toBe('{"v":1}');
  });
});

describe("Send, as Outlook handles a Smart Alerts completion", () => {
  const completing =
    (options: Record<string, unknown>, times = 1) =>
    (event: { completed(o: unknown): void }) => {
      for (let i = 0; i < times; i++) event.completed(options);
    };

  it("sends with the appended text and records a second completion as a mistake", async () => {
    const { emulator, api } = setup();
    await call((cb) => api.body.appendOnSendAsync("<div>W</div>", { coercionType: "html" }, cb));
    emulator.handlers.set("onMessageSendHandler", completing({ allowEvent: true }, 2) as never);
    const outcome = await runSend(emulator, manifest);
    expect(outcome.kind).toBe("sent");
    if (outcome.kind === "sent") expect(outcome.message.bodyHtml).toMatch(/<div>W<\/div>$/);
    expect(emulator.item).toBeNull();
    expect(emulator.activity.some((a) => a.outcome === "warning" && /called 2 times/.test(a.detail))).toBe(true);
  });

  it.each([
    ["1.15", true, "markdown", true],
    ["1.14", false, "plain", true],
    ["1.13", false, "plain", false],
  ])("at Mailbox %s: Send Anyway %s, %s text, Take Action %s", async (set, _sendAnyway, kind, takeAction) => {
    const { emulator } = setup(set);
    emulator.handlers.set(
      "onMessageSendHandler",
      completing({
        allowEvent: false,
        errorMessage: "Plain",
        errorMessageMarkdown: "**Rich**",
        cancelLabel: "Fix it",
        commandId: "EtqComposeOpenPane",
        contextData: "{}",
        sendModeOverride: "promptUser",
      }) as never,
    );
    const outcome = await runSend(emulator, manifest);
    expect(outcome.kind).toBe("alert");
    if (outcome.kind !== "alert") return;
    expect(outcome.alert.markdown).toBe(kind === "markdown" ? "**Rich**" : null);
    expect(outcome.alert.sendAnyway).toBe(set !== "1.13");
    expect(outcome.alert.takeAction !== null).toBe(takeAction);
  });

  it("sends unchecked when the handler never registered (SoftBlock)", async () => {
    const { emulator } = setup();
    const outcome = await runSend(emulator, manifest);
    expect(outcome).toMatchObject({ kind: "sent", note: expect.stringContaining("unavailable") });
  });
});
