import { createRoot } from "react-dom/client";

/** Placeholder until the task pane is built: it only proves the page, Office.js and React load. */
function TaskPane() {
  return (
    <main>
      <h1>Council Email Etiquette</h1>
      <p>Checking this email against the council&apos;s policy…</p>
    </main>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<TaskPane />);
