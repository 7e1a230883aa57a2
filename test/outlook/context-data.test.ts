import type { Verdict } from "../../src/engine/check";
import { CLAUSES } from "../../src/engine/clauses";
import { CONTEXT_LIMIT, decodeAlertContext, encodeAlertContext } from "../../src/outlook/context-data";

const verdict = (n: number): Verdict => ({
  action: "block",
  role: "officer",
  findings: Array.from({ length: n }, (_, i) => ({
    ruleId: `rule-number-${i}`,
    messageId: `messageNumber${i}`,
    severity: i % 2 ? "warn" : "block",
    message: "m",
    clause: CLAUSES.waiver,
    evidence: [],
  })),
  errors: [],
    truncated: false,
  policy: { council: "C", version: "2021-05" },
});

describe("contextData for the task pane", () => {
  it("round-trips the findings compactly", () => {
    const text = encodeAlertContext(verdict(2));
    expect(text).toBe('{"v":1,"a":"block","p":"2021-05","f":[["rule-number-0","messageNumber0","b"],["rule-number-1","messageNumber1","w"]]}');
    expect(decodeAlertContext(text)).toEqual({
      v: 1,
      action: "block",
      policy: "2021-05",
      findings: [
        { ruleId: "rule-number-0", messageId: "messageNumber0", severity: "block" },
        { ruleId: "rule-number-1", messageId: "messageNumber1", severity: "warn" },
      ],
      more: 0,
    });
  });

  it("stays within its limit, counting what it left off", () => {
    const text = encodeAlertContext(verdict(500));
    expect(text.length).toBeLessThanOrEqual(CONTEXT_LIMIT);
    const decoded = decodeAlertContext(text)!;
    expect(decoded.findings.length + decoded.more).toBe(500);
  });

  it("accepts the object newer clients pass, and refuses anything not ours", () => {
    expect(decodeAlertContext(JSON.parse(encodeAlertContext(verdict(1))))?.findings).toHaveLength(1);
    for (const bad of [undefined, null, "", "{", "[]", '{"v":2}', '{"v":1,"a":"maybe","f":[]}', 42]) expect(decodeAlertContext(bad)).toBeNull();
  });
});
