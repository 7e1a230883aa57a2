import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "recipient-check",
    description: "recipient-check",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.recipientCorrect,
    messages: { placeholder: "recipient-check" },
    options: z.object({}).strict(),
  },
  check() {},
});
