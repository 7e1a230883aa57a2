import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "personal-view",
    description: "personal-view",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.personalViews,
    messages: { placeholder: "personal-view" },
    options: z.object({}).strict(),
  },
  check() {},
});
