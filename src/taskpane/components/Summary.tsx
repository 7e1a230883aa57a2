import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Verdict } from "../../engine";
import { summary } from "../format";

/** The verdict in one line, worst first: pass, things to check, or things to fix. */
export function Summary({ verdict }: { verdict: Verdict }): React.JSX.Element {
  const blocks = verdict.findings.filter((f) => f.severity === "block").length;
  const warnings = verdict.findings.length - blocks;
  const s = summary(verdict.action, blocks, warnings);
  const intent = verdict.action === "pass" ? "success" : verdict.action === "block" ? "error" : "warning";
  return (
    <MessageBar intent={intent} layout="multiline" role="status" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{s.title}</MessageBarTitle>
        {s.body}
        {verdict.truncated ? " This message is very long: only the first part of it was checked." : null}
      </MessageBarBody>
    </MessageBar>
  );
}
