import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "personal-data",
    description: "personal-data",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.personalData,
    messages: { placeholder: "personal-data" },
    options: z.object({}).strict(),
  },
  check() {},
});
