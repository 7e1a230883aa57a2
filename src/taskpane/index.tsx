import { createRoot } from "react-dom/client";
import { currentHost } from "../outlook/office";
import { App } from "./App";
import { createOfficeAdapter } from "./office-adapter";

/** Start the pane once Office.js is ready; the components get an adapter, never Office itself. */
Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const theme = (Office.context as unknown as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme;
  const adapter = createOfficeAdapter(currentHost(), {
    policyUrl: new URL("policy.json", window.location.href).toString(),
    fetch: (url, init) => window.fetch(url, init as RequestInit),
    theme: theme ? { bodyBackgroundColor: theme.bodyBackgroundColor } : undefined,
  });
  createRoot(root).render(<App adapter={adapter} />);
});
