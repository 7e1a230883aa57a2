import * as React from "react";
import { Badge, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReceivedTrust, TrustLevel } from "../../engine";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  name: { wordBreak: "break-all", fontWeight: tokens.fontWeightSemibold },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  quote: { margin: 0, fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

const BADGE: Record<TrustLevel, { color: "success" | "warning" | "danger"; label: string }> = {
  trusted: { color: "success", label: "Trusted source" },
  caution: { color: "warning", label: "Take care" },
  danger: { color: "danger", label: "Do not open" },
};

/** Each attachment of a received message, with a trust verdict and the reasons for it. */
export function AttachmentList({ trust }: { trust: ReceivedTrust }): React.JSX.Element {
  const styles = useStyles();
  if (trust.attachments.length === 0) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>This message has no attachments to check.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section aria-label="Attachments">
      <p className={styles.quote}>
        “{trust.clause.text}” — {trust.clause.policy}, section {trust.clause.section}
      </p>
      <ul className={styles.list}>
        {trust.attachments.map((a, i) => (
          <li key={i} className={styles.item} data-level={a.level}>
            <Text className={styles.name}>{a.attachment.name || "(no name)"}</Text>
            <span>
              <Badge appearance="filled" color={BADGE[a.level].color}>
                {BADGE[a.level].label}
              </Badge>
            </span>
            {a.reasons.length ? (
              <ul className={styles.reasons}>
                {a.reasons.map((r, j) => (
                  <li key={j}>
                    <Text>{r.text}</Text>
                  </li>
                ))}
              </ul>
            ) : (
              <Text>From the council or one of its trusted partners, and an ordinary file type.</Text>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
