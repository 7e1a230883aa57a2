import * as React from "react";
import { renderSafeHtml } from "../sanitize";

/** Show email HTML: parsed inertly and rebuilt from allowed elements only (see sanitize.ts). */
export function SafeHtml({ html, className, label }: { html: string; className?: string; label?: string }): React.JSX.Element {
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (ref.current) renderSafeHtml(ref.current, html);
  }, [html]);
  return <div ref={ref} className={className} aria-label={label} role={label ? "document" : undefined} />;
}
