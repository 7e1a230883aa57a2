import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "councillor-instruction",
    description: "councillor-instruction",
    defaultSeverity: "block",
    defaultClause: CLAUSES.officersOnly,
    messages: { placeholder: "councillor-instruction" },
    options: z.object({}).strict(),
  },
  check() {},
});
