import * as React from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Role } from "../../engine";
import { ROLE_LABEL } from "../format";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface PaneHeaderProps {
  council: string;
  policyTitle: string;
  version: string;
  /** The sender's role, when composing. */
  role?: Role;
}

/** Who am I to the policy, and which policy is in force. */
export function PaneHeader({ council, policyTitle, version, role }: PaneHeaderProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{council}</h1>
      <div className={styles.line}>
        {role ? (
          <Badge appearance="tint" color={role === "councillor" ? "brand" : "informative"} aria-label={`You are writing as: ${ROLE_LABEL[role]}`}>
            {ROLE_LABEL[role]}
          </Badge>
        ) : null}
        <Text size={200} className={styles.muted}>
          {policyTitle} · version {version}
        </Text>
      </div>
    </header>
  );
}
