import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "confidential-marker",
    description: "confidential-marker",
    defaultSeverity: "block",
    defaultClause: CLAUSES.confidential,
    messages: { placeholder: "confidential-marker" },
    options: z.object({}).strict(),
  },
  check() {},
});
