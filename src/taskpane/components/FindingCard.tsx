import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Fix } from "../../engine";
import { FIELD_LABEL, fixLabel } from "../format";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
  },
  block: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warn: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  top: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  message: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase300 },
  evidence: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  excerpt: { wordBreak: "break-word" },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    fontStyle: "italic",
  },
  cite: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontStyle: "normal" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface FindingCardProps {
  finding: Finding;
  /** This finding is one of those that stopped the send. */
  stoppedSend?: boolean;
  /** Apply the finding's fix; absent where fixes cannot be applied (e.g. read mode). */
  onFix?: (fix: Fix) => void;
  /** A fix is being applied. */
  busy?: boolean;
}

/** One finding: what to do, the words concerned, the council's clause, and the fix. */
export function FindingCard({ finding, stoppedSend, onFix, busy }: FindingCardProps): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  const blocks = finding.severity === "block";
  return (
    <article className={`${styles.card} ${blocks ? styles.block : styles.warn}`} aria-labelledby={`${id}-msg`} data-rule={finding.ruleId}>
      <div className={styles.top}>
        <Badge appearance="filled" color={blocks ? "danger" : "warning"}>
          {blocks ? "Must fix" : "Check"}
        </Badge>
        {stoppedSend ? (
          <Badge appearance="outline" color="informative">
            Stopped your send
          </Badge>
        ) : null}
        <Text size={200} className={styles.cite}>
          {finding.ruleId}
        </Text>
      </div>
      <p id={`${id}-msg`} className={styles.message}>
        {finding.message}
      </p>
      {finding.evidence.length > 0 ? (
        <ul className={styles.evidence} aria-label="Where">
          {finding.evidence.slice(0, 5).map((e, i) => (
            <li key={i} className={styles.excerpt}>
              <Text weight="semibold">{FIELD_LABEL[e.field]}: </Text>
              <Text>“{e.excerpt}”</Text>
            </li>
          ))}
          {finding.evidence.length > 5 ? <li>and {finding.evidence.length - 5} more</li> : null}
        </ul>
      ) : null}
      <Accordion collapsible>
        <AccordionItem value="clause">
          <AccordionHeader size="small">What the policy says</AccordionHeader>
          <AccordionPanel>
            <blockquote className={styles.quote}>
              {finding.clause.text}
              <cite className={styles.cite}>
                {finding.clause.policy}
                {finding.clause.section ? `, section ${finding.clause.section}` : ""}
              </cite>
            </blockquote>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {finding.fix && onFix ? (
        <div className={styles.actions}>
          <Button appearance="primary" size="small" disabled={busy} onClick={() => onFix(finding.fix as Fix)}>
            {fixLabel(finding.fix)}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
