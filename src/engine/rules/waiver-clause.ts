import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";
import { escapeRegExp, excerpt, fold } from "../text";

/** How many of the waiver's first words mark an attempt at it (an altered or partial copy). */
const OPENING_WORDS = 6;

export default createRule({
  meta: {
    id: "waiver-clause",
    description: "The council's waiver clause ends every message the sender writes.",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.waiver,
    messages: {
      missing: "Add the council's waiver clause at the end of your message, after your signature.",
      onlyInQuoted: "The waiver clause is only in the quoted message below. Add it at the end of your own message, after your signature.",
      altered: "The waiver clause has been changed. Use the council's agreed wording, at the end of your message.",
      notAtEnd: "Move the waiver clause to the very end of your message, after your signature.",
    },
    options: z.strictObject({}),
    fixes: ["append-waiver"],
  },
  check(context) {
    const { draft, policy, body, waiver } = context;
    if (draft.flags.waiverAppendOnSend) return;
    const authored = context.slices(["new", "signature"], { includeWaiver: true });
    if (waiver) {
      const after = authored
        .filter((s) => s.end > waiver.end)
        .map((s) => s.text.slice(Math.max(0, waiver.end - s.start)))
        .join("")
        .trim();
      if (after.length > 0) {
        context.report({
          messageId: "notAtEnd",
          evidence: [{ field: "body", excerpt: excerpt(body.text, waiver.start, Math.min(waiver.end, waiver.start + 60)), start: waiver.start, end: waiver.end }],
        });
      }
      return;
    }
    const fix = { kind: "append-waiver" as const, text: policy.waiver.text };
    const opening = fold(policy.waiver.text).split(" ").slice(0, OPENING_WORDS).join(" ");
    // Folding (NFKC, case) a long body is costly: only fold slices that have the first word.
    const firstWord = new RegExp(escapeRegExp(policy.waiver.text.trim().split(/\s+/)[0] ?? ""), "i");
    const mayHave = (text: string): boolean => firstWord.test(text);
    for (const slice of authored) {
      if (!mayHave(slice.text)) continue;
      const at = fold(slice.text).indexOf(opening);
      if (at >= 0) {
        context.report({ messageId: "altered", evidence: [{ field: "body", excerpt: opening }], fix });
        return;
      }
    }
    const quoted = context.slices(["quoted"], { includeWaiver: true });
    if (quoted.some((s) => mayHave(s.text) && fold(s.text).includes(opening))) {
      context.report({ messageId: "onlyInQuoted", evidence: [{ field: "body", excerpt: opening }], fix });
      return;
    }
    context.report({ messageId: "missing", evidence: [{ field: "body", excerpt: "(no waiver clause)" }], fix });
  },
});
