import { checkDraft } from "../../src/engine/check";
import { defaultPolicy } from "../../src/policy";
import { makeDraft } from "../helpers/draft";
import { CLEAN_EMAILS } from "./clean-emails";

describe("everyday council email passes every rule", () => {
  it.each(CLEAN_EMAILS.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const verdict = checkDraft(makeDraft(c.draft), defaultPolicy());
    expect(verdict.errors).toEqual([]);
    expect(verdict.findings.map((f) => `${f.ruleId}: ${f.message} [${f.evidence.map((e) => e.excerpt).join(" | ")}]`)).toEqual([]);
    expect(verdict.action).toBe("pass");
  });
});
