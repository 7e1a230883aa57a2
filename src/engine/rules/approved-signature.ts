import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "approved-signature",
    description: "approved-signature",
    defaultSeverity: "block",
    defaultClause: CLAUSES.signature,
    messages: { placeholder: "approved-signature" },
    options: z.object({}).strict(),
  },
  check() {},
});
