import { checkDraft } from "../../src/engine/check";
import { defaultPolicy } from "../../src/policy";
import { DEFAULT_HEADER, formatHeader, headerForVerdict, parseHeader, setHeader } from "../../src/outlook/header";
import { makeDraft } from "../helpers/draft";
import { officeMock } from "./office-mock";

describe("the audit header", () => {
  it("records verdict, rule ids (each once), policy version and stage as plain tokens", () => {
    const value = formatHeader({ verdict: "warn", rules: ["waiver-clause", "reply-all", "waiver-clause"], policy: "2021-05", stage: "send" });
    expect(value).toBe("v=1; verdict=warn; rules=waiver-clause,reply-all; policy=2021-05; stage=send");
    expect(parseHeader(value)).toEqual({ verdict: "warn", rules: ["waiver-clause", "reply-all"], policy: "2021-05", stage: "send" });
  });

  it("says rules=none when nothing was found", () => {
    expect(formatHeader({ verdict: "pass", rules: [], policy: "1", stage: "send" })).toBe("v=1; verdict=pass; rules=none; policy=1; stage=send");
    expect(parseHeader("v=1; verdict=pass; rules=none; policy=1; stage=send")?.rules).toEqual([]);
  });

  it("keeps header values to safe ASCII and a bounded length", () => {
    const value = formatHeader({ verdict: "block", rules: Array.from({ length: 200 }, (_, i) => `rule-${i}`), policy: "Policy v2 (draft); x=1", stage: "send" });
    expect(value).toMatch(/^[\x20-\x7e]+$/);
    expect(value.length).toBeLessThanOrEqual(900);
    expect(value).toMatch(/,\+\d+; policy=Policy_v2__draft___x_1; stage=send$/);
  });

  it("is built from a verdict", () => {
    const verdict = checkDraft(makeDraft({ to: "Alan Green <alan.green@gmail.com>", body: "Dear Alan,\n\nThank you." }), defaultPolicy());
    const record = headerForVerdict(verdict, "send");
    expect(record.verdict).toBe(verdict.action);
    expect(record.rules).toEqual(verdict.findings.map((f) => f.ruleId));
    expect(record.policy).toBe(defaultPolicy().version);
  });

  it("rejects values it did not write", () => {
    expect(parseHeader("whatever")).toBeNull();
    expect(parseHeader("verdict=maybe")).toBeNull();
  });

  it("is set with internetHeaders.setAsync under the policy's name", async () => {
    const { host, record } = officeMock({});
    await setHeader(host(), DEFAULT_HEADER, { verdict: "unchecked", rules: [], policy: "2021-05", stage: "compose" });
    expect(record.headers).toEqual({ "X-Council-Etiquette": "v=1; verdict=unchecked; rules=none; policy=2021-05; stage=compose" });
  });

  it("is refused below Mailbox 1.8, and rejects when Outlook fails", async () => {
    await expect(setHeader(officeMock({ mailbox: "1.7" }).host(), DEFAULT_HEADER, { verdict: "pass", rules: [], policy: "1", stage: "send" })).rejects.toThrow(/1\.8/);
    const failing = officeMock({ fail: { "internetHeaders.setAsync": "dropped" } });
    await expect(setHeader(failing.host(), DEFAULT_HEADER, { verdict: "pass", rules: [], policy: "1", stage: "send" })).rejects.toThrow("dropped");
  });
});
