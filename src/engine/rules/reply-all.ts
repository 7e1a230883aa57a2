import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";

// Placeholder: this rule is being written.
export default createRule({
  meta: {
    id: "reply-all",
    description: "reply-all",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.replyAll,
    messages: { placeholder: "reply-all" },
    options: z.object({}).strict(),
  },
  check() {},
});
