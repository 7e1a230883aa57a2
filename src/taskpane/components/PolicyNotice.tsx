import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PolicyState } from "../adapter";

const SOURCE: Record<string, string> = {
  "last-good": "the last good copy of the council's policy",
  "built-in": "the policy built into the add-in",
  session: "the policy loaded when this message was opened",
  served: "the council's policy",
};

/** Says plainly when the council's policy file could not be used, and which policy is in force. */
export function PolicyNotice({ state }: { state: PolicyState }): React.JSX.Element | null {
  if (!state.status.problem) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The council's policy file could not be used</MessageBarTitle>
        {state.status.problem} Checking against {SOURCE[state.status.source] ?? "a fallback policy"} instead. Please tell the clerk.
      </MessageBarBody>
    </MessageBar>
  );
}
