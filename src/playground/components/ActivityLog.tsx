import * as React from "react";
import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { ActivityEntry } from "../office-emulator";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "18rem", overflowY: "auto", fontSize: tokens.fontSizeBase200 },
  row: {
    display: "grid",
    gridTemplateColumns: "5.5rem 4.5rem minmax(8rem, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    "@media (max-width: 700px)": { gridTemplateColumns: "5.5rem minmax(0, 1fr)" },
  },
  time: { color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
  api: { fontFamily: tokens.fontFamilyMonospace },
  detail: { wordBreak: "break-word", color: tokens.colorNeutralForeground2 },
  ok: {},
  info: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  failed: { color: tokens.colorStatusDangerForeground3, fontWeight: tokens.fontWeightSemibold },
});

const ACTOR: Record<ActivityEntry["actor"], string> = { "add-in": "Add-in", outlook: "Outlook", you: "You" };

/** Reads: the task pane re-reads the message every few seconds, so these are hidden unless asked for. */
const READ = /(^|\.)get\w*Async$/;

/** Every Office.js call the add-in made and what the emulated Outlook did, newest first. */
export function ActivityLog({ entries }: { entries: readonly ActivityEntry[] }): React.JSX.Element {
  const styles = useStyles();
  const [reads, setReads] = React.useState(false);
  const shown = entries
    .filter((e) => reads || !READ.test(e.api))
    .slice(-200)
    .reverse();
  return (
    <>
      <Checkbox
        label="Show reads (…getAsync calls: the task pane re-reads the message every few seconds)"
        checked={reads}
        onChange={(_, d) => setReads(d.checked === true)}
      />
      <ol className={styles.list} aria-label="Activity, newest first">
        {shown.map((e) => (
          <li key={e.id} className={`${styles.row} ${styles[e.outcome]}`}>
            <span className={styles.time}>{new Date(e.at).toLocaleTimeString("en-GB")}</span>
            <span>{ACTOR[e.actor]}</span>
            <span className={styles.api}>{e.api}</span>
            <span className={styles.detail}>
              {e.outcome === "failed" ? "Failed: " : e.outcome === "warning" ? "Warning: " : ""}
              {e.detail}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
