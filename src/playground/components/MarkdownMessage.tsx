import * as React from "react";
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { parseSmartAlertMarkdown, type Block, type Inline } from "../markdown";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  paragraph: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function renderInline(nodes: readonly Inline[]): React.ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        return <React.Fragment key={i}>{node.text}</React.Fragment>;
      case "br":
        return <br key={i} />;
      case "strong":
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case "em":
        return <em key={i}>{renderInline(node.children)}</em>;
      case "link":
        return (
          <Link key={i} href={node.href} target="_blank" rel="noopener noreferrer" inline>
            {renderInline(node.children)}
          </Link>
        );
    }
  });
}

function renderBlock(block: Block, i: number, styles: ReturnType<typeof useStyles>): React.ReactNode {
  if (block.type === "paragraph") {
    return (
      <p key={i} className={styles.paragraph}>
        {renderInline(block.children)}
      </p>
    );
  }
  const items = block.items.map((item, n) => <li key={n}>{renderInline(item)}</li>);
  return block.ordered ? (
    <ol key={i} className={styles.list}>
      {items}
    </ol>
  ) : (
    <ul key={i} className={styles.list}>
      {items}
    </ul>
  );
}

/** A Smart Alerts message in Markdown, rendered as elements and text: never as HTML. */
export function MarkdownMessage({ source, id }: { source: string; id?: string }): React.JSX.Element {
  const styles = useStyles();
  const blocks = React.useMemo(() => parseSmartAlertMarkdown(source), [source]);
  return (
    <div className={styles.root} id={id}>
      {blocks.map((b, i) => renderBlock(b, i, styles))}
    </div>
  );
}

/** A plain-text `errorMessage`: line breaks kept, nothing interpreted. */
export function PlainMessage({ text, id }: { text: string; id?: string }): React.JSX.Element {
  const styles = useStyles();
  const paragraphs = text.replace(/\r\n?/g, "\n").split(/\n{2,}/);
  return (
    <div className={styles.root} id={id}>
      {paragraphs.map((p, i) => (
        <p key={i} className={styles.paragraph}>
          {p.split("\n").map((line, n) => (
            <React.Fragment key={n}>
              {n > 0 ? <br /> : null}
              {line}
            </React.Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
