import { COMPOSE_DEADLINE_MS, createComposeHandler } from "../../src/launchevent/on-compose";
import { HEADER_BUDGET_MS, SEND_DEADLINE_MS, createSendHandler } from "../../src/launchevent/on-send";
import { parseHeader } from "../../src/outlook/header";
import type { OfficeHost } from "../../src/outlook/office";
import { resetPolicyMemory, type LoadedPolicy } from "../../src/outlook/policy-source";
import { SESSION_KEYS } from "../../src/outlook/session";
import type { SendCompletion } from "../../src/outlook/smart-alert";
import { fakeEvent, officeMock, settle, type Api, type MailboxSpec } from "../outlook/office-mock";
import { fakeClock } from "./fake-clock";
import { CLERK, RESIDENT, letter, policyWith } from "./policies";

const asLoaded = ({ policy, text }: { policy: LoadedPolicy["policy"]; text: string }): LoadedPolicy => ({
  policy,
  text,
  status: { source: "served", council: policy.council.name, version: policy.version },
});

function sendScenario(spec: MailboxSpec, options: { policy?: ReturnType<typeof policyWith>; loadPolicy?: (host: OfficeHost) => Promise<LoadedPolicy> } = {}) {
  const clock = fakeClock();
  const mock = officeMock({ from: CLERK, to: [RESIDENT], subject: "Allotments", ...spec });
  const policy = options.policy ?? policyWith({ "waiver-clause": "warn" });
  const loads: number[] = [];
  const handler = createSendHandler({
    host: mock.host,
    timers: clock.timers,
    now: clock.now,
    loadPolicy:
      options.loadPolicy ??
      (() => {
        loads.push(1);
        return Promise.resolve(asLoaded(policy));
      }),
  });
  const { event, completions } = fakeEvent<SendCompletion>();
  return { clock, mock, handler, event, completions, loads, run: () => handler(event) };
}

beforeEach(() => resetPolicyMemory());

describe("OnMessageSend handler", () => {
  it("clean: allows the send and records pass in the header", async () => {
    const s = sendScenario({ html: letter(true) });
    s.run();
    await s.clock.advance(0);
    expect(s.completions).toEqual([{ allowEvent: true }]);
    expect(parseHeader(s.mock.record.headers["X-Council-Etiquette"])).toMatchObject({ verdict: "pass", stage: "send" });
  });

  it("warnings only (Mailbox 1.15): cancels with Send Anyway and Markdown naming the clause", async () => {
    const s = sendScenario({ html: letter(false) });
    s.run();
    await s.clock.advance(0);
    expect(s.completions).toHaveLength(1);
    const c = s.completions[0]!;
    expect(c).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser", commandId: "EtqComposeOpenPane", cancelLabel: "Fix it" });
    expect(c.errorMessageMarkdown).toContain("A waiver clause will be included at the end of each email message");
    expect(JSON.parse(c.contextData!)).toMatchObject({ a: "warn", f: [["waiver-clause", "missing", "w"]] });
    expect(parseHeader(s.mock.record.headers["X-Council-Etiquette"])).toMatchObject({ verdict: "warn", rules: ["waiver-clause"] });
  });

  it("warnings only (Mailbox 1.14): Send Anyway and the pane, but plain text only", async () => {
    const s = sendScenario({ html: letter(false), mailbox: "1.14" });
    s.run();
    await s.clock.advance(0);
    expect(s.completions[0]).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(s.completions[0]!.errorMessageMarkdown).toBeUndefined();
  });

  it("warnings only (Mailbox 1.12): no Send Anyway exists, so it warns once and lets the same draft go the second time", async () => {
    const s = sendScenario({ html: letter(false), mailbox: "1.12" });
    s.run();
    await s.clock.advance(0);
    expect(s.completions[0]).toEqual({ allowEvent: false, errorMessage: expect.stringContaining("To send it as it is, select Send again.") });
    expect(s.mock.record.session[SESSION_KEYS.warned]).toBeDefined();

    const again = fakeEvent<SendCompletion>();
    s.handler(again.event);
    await s.clock.advance(0);
    expect(again.completions).toEqual([{ allowEvent: true }]);
  });

  it("a changed draft is warned about afresh on Mailbox 1.12", async () => {
    const s = sendScenario({ html: letter(false), mailbox: "1.12", session: { [SESSION_KEYS.warned]: "an-older-draft" } });
    s.run();
    await s.clock.advance(0);
    expect(s.completions[0]!.allowEvent).toBe(false);
  });

  it("a block cancels without Send Anyway, citing the clause", async () => {
    const s = sendScenario({ html: letter(false) }, { policy: policyWith({ "waiver-clause": "block" }) });
    s.run();
    await s.clock.advance(0);
    const c = s.completions[0]!;
    expect(c.allowEvent).toBe(false);
    expect(c.sendModeOverride).toBeUndefined();
    expect(c.errorMessage).toContain("5 (Email Etiquette)");
    expect(parseHeader(s.mock.record.headers["X-Council-Etiquette"])?.verdict).toBe("block");
  });

  it("a block on Mailbox 1.12 cancels with the plain message only", async () => {
    const s = sendScenario({ html: letter(false), mailbox: "1.12" }, { policy: policyWith({ "waiver-clause": "block" }) });
    s.run();
    await s.clock.advance(0);
    expect(Object.keys(s.completions[0]!).sort()).toEqual(["allowEvent", "errorMessage"]);
  });

  it("counts the waiver arranged at compose time (sessionData)", async () => {
    const s = sendScenario({ html: letter(false), session: { [SESSION_KEYS.waiverAppendOnSend]: "1" } });
    s.run();
    await s.clock.advance(0);
    expect(s.completions).toEqual([{ allowEvent: true }]);
  });

  it("uses the policy the compose handler left in sessionData, without loading one", async () => {
    const blocking = policyWith({ "waiver-clause": "block" });
    const s = sendScenario({ html: letter(false), session: { [SESSION_KEYS.policy]: blocking.text } });
    s.run();
    await s.clock.advance(0);
    expect(s.loads).toEqual([]);
    expect(s.completions[0]!.sendModeOverride).toBeUndefined();
  });

  describe("failures", () => {
    it("an Office.js error completes with the policy's failure outcome: allow, marking the header", async () => {
      const s = sendScenario({ html: letter(false), fail: { "body.getAsync": "The mailbox is busy" } });
      s.run();
      await s.clock.advance(0);
      expect(s.completions).toEqual([{ allowEvent: true }]);
      expect(parseHeader(s.mock.record.headers["X-Council-Etiquette"])?.verdict).toBe("error");
    });

    it("an Office.js error completes with the policy's failure outcome: block, saying why and offering the pane", async () => {
      const strict = policyWith({ "waiver-clause": "warn" }, (p) => {
        p.outlook = { header: "X-Council-Etiquette", onFailure: "block" };
      });
      const s = sendScenario({ html: letter(false), fail: { "to.getAsync": "gone" }, session: { [SESSION_KEYS.policy]: strict.text } });
      s.run();
      await s.clock.advance(0);
      expect(s.completions).toHaveLength(1);
      expect(s.completions[0]).toMatchObject({ allowEvent: false, commandId: "EtqComposeOpenPane", errorMessage: expect.stringMatching(/could not finish/) });
    });

    it("a hung call under a blocking policy blocks at the deadline", async () => {
      const strict = policyWith({ "waiver-clause": "warn" }, (p) => {
        p.outlook = { header: "X-Council-Etiquette", onFailure: "block" };
      });
      const s = sendScenario({ html: letter(false), hang: ["getAttachmentsAsync"] }, { policy: strict });
      s.run();
      await s.clock.advance(SEND_DEADLINE_MS);
      expect(s.completions).toHaveLength(1);
      expect(s.completions[0]!.allowEvent).toBe(false);
    });

    it("a policy that cannot be loaded, or a host that is missing, still completes once", async () => {
      const s = sendScenario({ html: letter(false) }, { loadPolicy: () => Promise.reject(new Error("offline")) });
      s.run();
      await s.clock.advance(0);
      expect(s.completions).toEqual([{ allowEvent: true }]);

      const clock = fakeClock();
      const { event, completions } = fakeEvent<SendCompletion>();
      createSendHandler({
        host: () => {
          throw new Error("Office.js is not available");
        },
        timers: clock.timers,
        loadPolicy: () => Promise.reject(new Error("unused")),
      })(event);
      await clock.advance(0);
      expect(completions).toEqual([{ allowEvent: true }]);
      expect(clock.pending()).toBe(0);
    });

    it("a hung Office.js call: completes at the deadline with the failure outcome, exactly once, even if the call answers later", async () => {
      const s = sendScenario({ html: letter(false), hang: ["body.getAsync"] });
      s.run();
      await s.clock.advance(SEND_DEADLINE_MS - 1);
      expect(s.completions).toEqual([]);
      await s.clock.advance(1);
      expect(s.completions).toEqual([{ allowEvent: true }]);
      expect(SEND_DEADLINE_MS).toBeLessThan(4000);

      // The body arrives late: the check runs on, but completes nothing.
      const late = s.mock.record.calls.find((c) => c.api === "body.getAsync")!.args.find((a) => typeof a === "function") as (r: unknown) => void;
      late({ status: "succeeded", value: letter(false) });
      await s.clock.advance(10_000);
      expect(s.completions).toHaveLength(1);
      expect(s.clock.pending()).toBe(0);
    });

    // Every Office.js call the send path makes, failing, never answering, or answering nonsense:
    // the handler completes exactly once, by its deadline, and never blocks under an `allow`
    // policy. Calls it needs (body, recipients, subject, attachments) give the failure outcome;
    // the rest degrade (userProfile for from, a new message, no label, no session data).
    const SEND_APIS: Api[] = [
      "body.getAsync",
      "to.getAsync",
      "cc.getAsync",
      "bcc.getAsync",
      "subject.getAsync",
      "from.getAsync",
      "getAttachmentsAsync",
      "getComposeTypeAsync",
      "sessionData.getAllAsync",
      "internetHeaders.setAsync",
    ];
    const ODD_VALUES: unknown[] = [null, undefined, "not a list", 42, { length: 3 }];
    const cases = SEND_APIS.flatMap((api) => [
      [api, "fails", { fail: { [api]: "The operation failed" } }],
      [api, "hangs", { hang: [api] }],
      ...ODD_VALUES.map((v) => [api, `answers ${JSON.stringify(v) ?? "undefined"}`, { odd: { [api]: v } }]),
    ]) as [Api, string, Partial<MailboxSpec>][];

    it.each(cases)("%s %s: completes exactly once, by the deadline, without blocking", async (_api, _how, spec) => {
      const s = sendScenario({ html: letter(false), sensitivityLabel: undefined, ...spec });
      s.run();
      await s.clock.advance(SEND_DEADLINE_MS);
      await s.clock.advance(10_000);
      expect(s.completions).toHaveLength(1);
      const c = s.completions[0]!;
      expect(c.allowEvent === true || c.sendModeOverride === "promptUser").toBe(true);
      expect(s.clock.pending()).toBe(0);
    });

    it("a hung header call does not hold the send: the verdict goes out after the header's budget", async () => {
      const s = sendScenario({ html: letter(false), hang: ["internetHeaders.setAsync"] });
      s.run();
      await s.clock.advance(HEADER_BUDGET_MS - 1);
      expect(s.completions).toEqual([]);
      await s.clock.advance(1);
      expect(s.completions).toHaveLength(1);
      expect(s.completions[0]).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    });

    it("a failed header call does not change the verdict", async () => {
      const s = sendScenario({ html: letter(true), fail: { "internetHeaders.setAsync": "dropped" } });
      s.run();
      await s.clock.advance(0);
      expect(s.completions).toEqual([{ allowEvent: true }]);
    });

    it("an event.completed that throws is called once all the same", async () => {
      const s = sendScenario({ html: letter(true) });
      let calls = 0;
      s.handler({
        completed() {
          calls++;
          throw new Error("Outlook went away");
        },
      });
      await s.clock.advance(SEND_DEADLINE_MS * 2);
      expect(calls).toBe(1);
    });

    it("without timers (a bare runtime) it still completes", async () => {
      const mock = officeMock({ from: CLERK, to: [RESIDENT], html: letter(true) });
      const policy = policyWith({ "waiver-clause": "warn" });
      const { event, completions } = fakeEvent<SendCompletion>();
      createSendHandler({ host: mock.host, timers: {}, loadPolicy: () => Promise.resolve(asLoaded(policy)) })(event);
      await settle(60);
      expect(completions).toEqual([{ allowEvent: true }]);
    });
  });
});

describe("OnNewMessageCompose handler", () => {
  function composeScenario(spec: MailboxSpec, loadPolicy?: () => Promise<LoadedPolicy>) {
    const clock = fakeClock();
    const mock = officeMock({ from: CLERK, ...spec });
    const results: unknown[] = [];
    const handler = createComposeHandler({
      host: mock.host,
      timers: clock.timers,
      now: clock.now,
      loadPolicy: loadPolicy ?? (() => Promise.resolve(asLoaded(policyWith({ "waiver-clause": "warn" })))),
      onPrepared: (r) => results.push(r),
    });
    const { event, completions } = fakeEvent<undefined>();
    handler(event);
    return { clock, mock, completions, results };
  }

  it("prepares the message, then completes once with no options", async () => {
    const s = composeScenario({});
    await s.clock.advance(0);
    expect(s.completions).toEqual([undefined]);
    expect(s.results[0]).toMatchObject({ untouched: true, signature: "inserted", waiver: "arranged" });
    expect(s.clock.pending()).toBe(0);
  });

  it("completes at its deadline when the policy never loads", async () => {
    const s = composeScenario({}, () => new Promise(() => undefined));
    await s.clock.advance(COMPOSE_DEADLINE_MS - 1);
    expect(s.completions).toEqual([]);
    await s.clock.advance(1);
    expect(s.completions).toEqual([undefined]);
  });

  it("completes once when Office.js fails", async () => {
    const s = composeScenario({ fail: { "body.getAsync": "busy" } });
    await s.clock.advance(COMPOSE_DEADLINE_MS * 2);
    expect(s.completions).toEqual([undefined]);
    expect(s.mock.record.signature).toBeUndefined();
  });
});
