import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ComposeRegular, DocumentRegular } from "@fluentui/react-icons";
import type { Person } from "../office-emulator";
import { formatRecipients } from "../recipients";
import type { SentMessage } from "../send";
import { SafeHtml } from "./SafeHtml";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  meta: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    "& dt": { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
    "& dd": { margin: 0, wordBreak: "break-word" },
  },
  header: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  body: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    fontFamily: "Aptos, Calibri, 'Segoe UI', sans-serif",
    fontSize: "12pt",
    lineHeight: 1.4,
    overflowX: "auto",
    wordBreak: "break-word",
    "& p": { margin: 0 },
    "& .council-waiver": { color: tokens.colorNeutralForeground3, fontSize: "9pt", marginTop: tokens.spacingVerticalS },
  },
  source: { whiteSpace: "pre-wrap", wordBreak: "break-all", fontSize: tokens.fontSizeBase200, maxHeight: "16rem", overflowY: "auto" },
  files: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0 },
  file: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

const list = (people: Person[]): string => formatRecipients(people) || "—";

export interface SentViewProps {
  message: SentMessage;
  note: string | null;
  onNew(): void;
}

/** The message as it left: what the recipients get, with the headers the add-in set. */
export function SentView({ message, note, onNew }: SentViewProps): React.JSX.Element {
  const styles = useStyles();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className={styles.root} aria-labelledby="sent-heading" data-testid="sent-view">
      <MessageBar intent={note ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Sent</MessageBarTitle>
          {note ?? "The add-in let this message go. This is what the recipients receive."}
        </MessageBarBody>
      </MessageBar>
      <h2 id="sent-heading" className={styles.heading} tabIndex={-1} ref={headingRef}>
        {message.subject || "(no subject)"}
      </h2>
      <dl className={styles.meta}>
        <dt>From</dt>
        <dd>{list([message.from])}</dd>
        <dt>To</dt>
        <dd>{list(message.to)}</dd>
        {message.cc.length ? (
          <>
            <dt>Cc</dt>
            <dd>{list(message.cc)}</dd>
          </>
        ) : null}
        {message.bcc.length ? (
          <>
            <dt>Bcc</dt>
            <dd>{list(message.bcc)}</dd>
          </>
        ) : null}
        <dt>Sent</dt>
        <dd>{message.sentAt.toLocaleString("en-GB", { dateStyle: "full", timeStyle: "short" })}</dd>
        {message.headers.map(([name, value]) => (
          <React.Fragment key={name}>
            <dt className={styles.header}>{name}</dt>
            <dd className={styles.header} data-header={name}>
              {value}
            </dd>
          </React.Fragment>
        ))}
        {message.attachments.length ? (
          <>
            <dt>Attached</dt>
            <dd>
              <ul className={styles.files}>
                {message.attachments.map((a) => (
                  <li key={a.id} className={styles.file}>
                    <DocumentRegular aria-hidden /> {a.name}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <SafeHtml html={message.bodyHtml} className={styles.body} label="Message as sent" />
      <details>
        <summary>HTML as sent</summary>
        <pre className={styles.source}>{message.bodyHtml}</pre>
      </details>
      <div>
        <Button appearance="primary" icon={<ComposeRegular />} onClick={onNew}>
          New message
        </Button>
      </div>
    </section>
  );
}
