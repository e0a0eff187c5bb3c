// @vitest-environment jsdom
import "../support/jsdom-pane";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { lazy } from "react";
import { describe, expect, it, vi } from "vitest";
import { LazyView } from "../../taskpane/app/lazy-view";
import { STRINGS } from "../../taskpane/i18n/strings";

/** A view whose code arrives when the test says so, as a webpack chunk does. */
function controlledView() {
  let arrive: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const View = lazy(
    () =>
      new Promise<{ default: () => React.JSX.Element }>((resolve, reject) => {
        arrive = () => resolve({ default: () => <h2>The view</h2> });
        fail = reject;
      }),
  );
  return { View, arrive: () => arrive(), fail: (error: Error) => fail(error) };
}

function show(language: "en" | "fr", View: React.ComponentType) {
  const t = STRINGS[language];
  return render(
    <FluentProvider theme={webLightTheme}>
      <LazyView loading={t.viewLoading} failed={(reason) => t.viewLoadFailed.replace("{reason}", reason)}>
        <View />
      </LazyView>
    </FluentProvider>,
  );
}

describe("a view loaded on first use", () => {
  it("holds its place with a labelled spinner of fixed height until its code arrives, then shows the view", async () => {
    const { View, arrive } = controlledView();
    const { container } = show("en", View);
    expect(screen.getByText("Loading…")).toBeTruthy();
    const placeholder = container.querySelector("[data-loading-view]");
    expect(placeholder).not.toBeNull();
    // Fixed height: the page below the tabs keeps its size while the code loads (no collapse, no jump).
    expect(getComputedStyle(placeholder as Element).minHeight).toBe("320px");
    await act(async () => arrive());
    expect(await screen.findByRole("heading", { name: "The view" })).toBeTruthy();
    expect(screen.queryByText("Loading…")).toBeNull();
  });

  it("says in French that the view could not be loaded, with the browser's reason, instead of a blank view", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { View, fail } = controlledView();
      show("fr", View);
      expect(screen.getByText("Chargement…")).toBeTruthy();
      await act(async () => fail(new Error("Loading chunk 224 failed.")));
      expect((await screen.findByRole("alert")).textContent).toBe(
        "Cette vue n'a pas pu être chargée (Loading chunk 224 failed.). Vérifiez votre connexion, puis fermez et rouvrez le volet.",
      );
    } finally {
      logged.mockRestore();
    }
  });

  it("says it in English too", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { View, fail } = controlledView();
      show("en", View);
      await act(async () => fail(new Error("offline")));
      expect((await screen.findByRole("alert")).textContent).toBe(
        "This view could not be loaded (offline). Check your connection, then close and reopen the pane.",
      );
    } finally {
      logged.mockRestore();
    }
  });
});
