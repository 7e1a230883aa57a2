import * as React from "react";
import { Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { SmartAlert } from "../send";
import { MarkdownMessage, PlainMessage } from "./MarkdownMessage";

const useStyles = makeStyles({
  surface: { maxWidth: "min(560px, calc(100vw - 32px))" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
  actions: { flexWrap: "wrap" },
});

export interface SmartAlertDialogProps {
  alert: SmartAlert;
  onSendAnyway(): void;
  onTakeAction(): void;
  onDontSend(): void;
}

/**
 * The Smart Alerts dialog as Outlook on the web shows it: the add-in's message (Markdown where the
 * client supports it), "Send Anyway" for warnings, the add-in's own button to open its task pane,
 * and "Don't Send".
 */
export function SmartAlertDialog({ alert, onSendAnyway, onTakeAction, onDontSend }: SmartAlertDialogProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onDontSend()}>
      <DialogSurface className={styles.surface} aria-describedby="smart-alert-message" data-testid="smart-alert">
        <DialogBody>
          <DialogTitle>{alert.title}</DialogTitle>
          <DialogContent className={styles.content}>
            {alert.markdown !== null ? (
              <MarkdownMessage id="smart-alert-message" source={alert.markdown} />
            ) : (
              <PlainMessage id="smart-alert-message" text={alert.text} />
            )}
            <Caption1 className={styles.note}>
              {alert.markdown !== null ? "Shown from errorMessageMarkdown (Mailbox 1.15)." : "Shown from errorMessage, as plain text."}
              {alert.takeAction && !alert.takeAction.known
                ? ` The button's commandId "${alert.takeAction.commandId}" is not a control in the manifest, so it only cancels.`
                : ""}
            </Caption1>
          </DialogContent>
          <DialogActions className={styles.actions}>
            {alert.takeAction ? (
              <Button appearance="primary" onClick={onTakeAction}>
                {alert.takeAction.label}
              </Button>
            ) : null}
            {alert.sendAnyway ? (
              <Button appearance={alert.takeAction ? "secondary" : "primary"} onClick={onSendAnyway}>
                Send Anyway
              </Button>
            ) : null}
            <Button appearance={alert.takeAction || alert.sendAnyway ? "secondary" : "primary"} onClick={onDontSend}>
              Don&apos;t Send
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
