// The floor of `bench/cold-start.ts`: the smallest React page, a header and a line of text, built by the same
// webpack configuration as the task pane (production, ts-loader, taskpane.html as its page). No Fluent UI.
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
createRoot(container).render(
  <main>
    <header>
      <h1 id="floor-heading" {...{ elementtiming: "floor-heading" }}>
        CSM Kit
      </h1>
    </header>
    <p>Customer Success metrics and planning, in your workbook.</p>
  </main>,
);
