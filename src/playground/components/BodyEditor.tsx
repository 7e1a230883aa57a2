import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { TextBoldRegular, TextBulletListLtrRegular, TextItalicRegular, TextUnderlineRegular } from "@fluentui/react-icons";
import type { ComposeItem } from "../office-emulator";
import { renderSafeHtml, sanitizeToFragment } from "../sanitize";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, flexGrow: 1 },
  toolbar: {
    display: "flex",
    gap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  editor: {
    flexGrow: 1,
    minHeight: "260px",
    overflowY: "auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    fontFamily: "Aptos, Calibri, 'Segoe UI', sans-serif",
    fontSize: "12pt",
    lineHeight: 1.4,
    color: tokens.colorNeutralForeground1,
    outlineStyle: "none",
    wordBreak: "break-word",
    ":focus-visible": { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
    "& p": { margin: 0 },
    "& #divRplyFwdMsg": { color: tokens.colorNeutralForeground2 },
    "& .council-signature, & #Signature": { color: tokens.colorNeutralForeground2 },
  },
});

export interface BodyEditorProps {
  item: ComposeItem;
  /** Bumped by the item when an API (not the user) changed the body. */
  version: number;
}

/** The caret or selection in the page, if any. */
function currentRange(): Range | null {
  const sel = selectionOf(document);
  return sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
}

const selectionOf = (doc: Document): Selection | null => doc.getSelection();

function exec(command: string): void {
  // execCommand is deprecated but remains the only way to format a contenteditable with
  // the browser's own undo stack; it is enough for a playground.
  document.execCommand(command, false);
}

/**
 * The message body: a rich-text editor over the emulated item. What you type updates the item
 * (Outlook raises no event for that); what the add-in changes re-renders the editor.
 */
export function BodyEditor({ item, version }: BodyEditorProps): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);

  React.useLayoutEffect(() => {
    if (ref.current) renderSafeHtml(ref.current, item.bodyHtml);
    // Re-render only when the item or an API change calls for it, never on the user's typing.
  }, [item, version]);

  const sync = React.useCallback(() => {
    if (ref.current) item.userSetBody(ref.current.innerHTML);
  }, [item]);

  const onPaste = React.useCallback(
    (e: React.ClipboardEvent<HTMLDivElement>) => {
      e.preventDefault();
      const html = e.clipboardData.getData("text/html");
      const text = e.clipboardData.getData("text/plain");
      const range = currentRange();
      if (!range) return;
      range.deleteContents();
      const fragment = html ? sanitizeToFragment(html) : document.createDocumentFragment();
      if (!html) fragment.appendChild(document.createTextNode(text));
      const last = fragment.lastChild;
      range.insertNode(fragment);
      if (last) {
        range.setStartAfter(last);
        range.collapse(true);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      }
      sync();
    },
    [sync],
  );

  const format = (command: string) => () => {
    ref.current?.focus();
    exec(command);
    sync();
  };

  return (
    <div className={styles.root}>
      {/* A plain group of buttons in the tab order: simpler for keyboards than a roving toolbar. */}
      <div role="group" aria-label="Formatting" className={styles.toolbar}>
        <Button appearance="subtle" size="small" aria-label="Bold" icon={<TextBoldRegular />} onClick={format("bold")} />
        <Button appearance="subtle" size="small" aria-label="Italic" icon={<TextItalicRegular />} onClick={format("italic")} />
        <Button appearance="subtle" size="small" aria-label="Underline" icon={<TextUnderlineRegular />} onClick={format("underline")} />
        <Button appearance="subtle" size="small" aria-label="Bulleted list" icon={<TextBulletListLtrRegular />} onClick={format("insertUnorderedList")} />
      </div>
      <div
        ref={ref}
        className={styles.editor}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label="Message body"
        tabIndex={0}
        spellCheck
        lang="en-GB"
        data-testid="body-editor"
        onInput={sync}
        onBlur={sync}
        onPaste={onPaste}
      />
    </div>
  );
}
