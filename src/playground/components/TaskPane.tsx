import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { currentHost } from "../../outlook/office";
import { App } from "../../taskpane/App";
import { createOfficeAdapter } from "../../taskpane/office-adapter";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    boxSizing: "border-box",
    width: "var(--pane-width, 320px)",
    flexShrink: 0,
    "@media (max-width: 899px)": { width: "auto", borderLeft: "none", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  content: { overflowY: "auto", flexGrow: 1, minHeight: 0 },
});

export interface TaskPaneProps {
  /** The ribbon button's label, from the manifest. */
  title: string;
  width: number;
  onClose(): void;
}

/**
 * The add-in's task pane, beside the compose window as Outlook docks it: the real App, over the
 * real Office adapter, reading the emulated item through the global `Office`.
 */
export function TaskPane({ title, width, onClose }: TaskPaneProps): React.JSX.Element {
  const styles = useStyles();
  // Made once per launch, as the pane's page would be loaded once: the parent remounts it to relaunch.
  const [adapter] = React.useState(() =>
    createOfficeAdapter(currentHost(), {
      policyUrl: new URL("policy.json", document.baseURI).href,
      fetch: (url, init) => window.fetch(url, init as RequestInit),
    }),
  );
  return (
    <aside className={styles.root} style={{ "--pane-width": `${width}px` } as React.CSSProperties} aria-label={`${title} task pane`} data-testid="task-pane">
      <div className={styles.bar}>
        <h2 className={styles.title}>{title}</h2>
        <Button appearance="subtle" size="small" icon={<DismissRegular />} aria-label="Close the task pane" onClick={onClose} />
      </div>
      <div className={styles.content}>
        <App adapter={adapter} />
      </div>
    </aside>
  );
}
