import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "missing-attachment",
    description: "missing-attachment",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.businessLanguage,
    messages: { placeholder: "missing-attachment" },
    options: z.object({}).strict(),
  },
  check() {},
});
