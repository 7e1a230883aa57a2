import * as React from "react";
import { Button, Divider, Field, Input, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular, PanelRightRegular, SendRegular } from "@fluentui/react-icons";
import type { ComposeItem, SensitivityLabel } from "../office-emulator";
import { identityLabel, type Identity } from "../samples";
import { Attachments } from "./Attachments";
import { BodyEditor } from "./BodyEditor";
import { RecipientField } from "./RecipientField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1, backgroundColor: tokens.colorNeutralBackground1 },
  commands: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  spacer: { flexGrow: 1 },
  status: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  // Outlook's narrow label column; the value may shrink below its text (long addresses scroll).
  field: { gridTemplateColumns: "4.5rem minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
  attachments: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}` },
});

export interface ComposeWindowProps {
  item: ComposeItem;
  identities: Identity[];
  labels: SensitivityLabel[];
  /** Mailbox 1.13+: sensitivity labels. */
  showLabels: boolean;
  paneLabel: string;
  paneOpen: boolean;
  /** The add-in's compose handler is still preparing the message. */
  preparing: boolean;
  sending: boolean;
  slow: boolean;
  onSend(): void;
  onDiscard(): void;
  onTogglePane(): void;
}

/** The compose window: Outlook on the web's fields, over the emulated item. */
export function ComposeWindow(props: ComposeWindowProps): React.JSX.Element {
  const { item, identities, labels, showLabels, paneLabel, paneOpen, preparing, sending, slow } = props;
  const styles = useStyles();
  const fromId = identities.find((i) => i.person.emailAddress.toLowerCase() === item.from.emailAddress.toLowerCase())?.id ?? "";
  const typeLabel = item.composeType === "reply" ? "Reply" : item.composeType === "forward" ? "Forward" : "New message";

  return (
    <section className={styles.root} aria-label={`Compose: ${typeLabel}`} data-testid="compose">
      <div className={styles.commands} role="toolbar" aria-label="Message">
        <Button appearance="primary" icon={<SendRegular />} onClick={props.onSend} disabled={preparing || sending} data-testid="send">
          Send
        </Button>
        <Button icon={<DeleteRegular />} onClick={props.onDiscard} disabled={sending}>
          Discard
        </Button>
        <span className={styles.status} role="status" aria-live="polite">
          {preparing ? <Spinner size="extra-tiny" label="The add-in is preparing your message…" labelPosition="after" /> : null}
          {sending && !slow ? <Spinner size="extra-tiny" label="Checking before sending…" labelPosition="after" /> : null}
          {sending && slow ? "The add-in is taking longer than expected…" : null}
        </span>
        <span className={styles.spacer} />
        <Button appearance={paneOpen ? "secondary" : "subtle"} icon={<PanelRightRegular />} aria-pressed={paneOpen} onClick={props.onTogglePane}>
          {paneLabel}
        </Button>
      </div>
      <div className={styles.fields}>
        <Field label="From" orientation="horizontal" className={styles.field}>
          <Select
            appearance="underline"
            className={styles.select}
            value={fromId}
            onChange={(_, d) => {
              const identity = identities.find((i) => i.id === d.value);
              if (identity) item.userSetFrom(identity.person);
            }}
          >
            {identities.map((i) => (
              <option key={i.id} value={i.id}>
                {identityLabel(i)}
              </option>
            ))}
          </Select>
        </Field>
        <RecipientField label="To" className={styles.field} people={item.to} onChange={(p) => item.userSetRecipients("to", p)} />
        <RecipientField label="Cc" className={styles.field} people={item.cc} onChange={(p) => item.userSetRecipients("cc", p)} />
        <RecipientField label="Bcc" className={styles.field} people={item.bcc} onChange={(p) => item.userSetRecipients("bcc", p)} />
        <Field label="Subject" orientation="horizontal" className={styles.field}>
          <Input appearance="underline" value={item.subject} onChange={(_, d) => item.userSetSubject(d.value)} data-field="subject" />
        </Field>
        {showLabels && labels.length ? (
          <Field label="Sensitivity" orientation="horizontal" className={styles.field}>
            <Select appearance="underline" value={item.sensitivityLabelId} onChange={(_, d) => item.userSetSensitivityLabel(d.value)}>
              <option value="">No label</option>
              {labels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>
      <div className={styles.attachments}>
        <Attachments attachments={item.attachments} onAdd={(name) => item.userAddAttachment(name)} onRemove={(id) => item.userRemoveAttachment(id)} />
      </div>
      <Divider />
      <BodyEditor item={item} version={item.bodyVersion} />
    </section>
  );
}
