import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "visible-recipients",
    description: "visible-recipients",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.contactDetails,
    messages: { placeholder: "visible-recipients" },
    options: z.object({}).strict(),
  },
  check() {},
});
