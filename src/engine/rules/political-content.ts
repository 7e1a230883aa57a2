import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "political-content",
    description: "political-content",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.partyPolitical,
    messages: { placeholder: "political-content" },
    options: z.object({}).strict(),
  },
  check() {},
});
