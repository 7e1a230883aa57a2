import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "business-language",
    description: "business-language",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.businessLanguage,
    messages: { placeholder: "business-language" },
    options: z.object({}).strict(),
  },
  check() {},
});
