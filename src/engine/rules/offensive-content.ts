import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "offensive-content",
    description: "offensive-content",
    defaultSeverity: "block",
    defaultClause: CLAUSES.offensive,
    messages: { placeholder: "offensive-content" },
    options: z.object({}).strict(),
  },
  check() {},
});
