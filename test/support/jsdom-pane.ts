// What every jsdom test of the task pane needs: cleanup after each test, time for Fluent UI to render when the
// whole suite runs on two cores, and a ResizeObserver (jsdom has no layout; Fluent's MessageBar observes its
// own size to reflow). Import it first in a `@vitest-environment jsdom` test file.
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(cleanup);
configure({ asyncUtilTimeout: 5_000 });

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;
